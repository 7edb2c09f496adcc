"""Transcripts kept as data in a JavaScript or TypeScript module, as a site's source holds them.

    const veriteeBarry = `<p>Veritee: Hi, I&rsquo;m Veritee…</p>`       (a template literal: its words, HTML or text)
    const source = [{ speaker: ['Ірина Верещук'], text: `…` }, …]          (object literals: their data, as JSON)
    module.exports = function() { const transcript = `<p>…</p>`; return transcript; }   (a template handed back)

chompjs reads JavaScript's literals (keys without quotes, strings in single quotes or backticks, trailing
commas), which JSON's parser refuses; the JSON readers take what it returns.
"""

from __future__ import annotations

import json
import re

from qa_bot.ingest.metadata import HTML_ELEMENT

SCRIPT_SUFFIXES = (".js", ".mjs", ".cjs", ".ts")
# What a module assigns or exports, after any comments and imports: "export const talk =", "module.exports =",
# "export default", a script's global ("data =", "window.data ="), or what it hands to a function that registers
# it (JSONP's "window.SHINAGAWA_DB.registerMinutes({…})").
_ASSIGNMENT = (r"(?:\s*(?://[^\n]*|/\*.*?\*/|import\b[^;\n]*;?))*\s*(?:(?:export\s+)?(?:var|let|const)\s+[\w$]+(?:\s*:[^=\n]*)?\s*="
               r"|module\.exports\s*=|(?:window\.)?[\w$]+\s*=(?!=)|export\s+default|[\w$]+(?:\.[\w$]+)*\s*\()\s*")
_LITERAL = re.compile(_ASSIGNMENT + r"(?=[\[{])", re.S)
# or a function it exports that hands the template back: "module.exports = function() { const transcript =`…`",
# "export default () => `…`"
_RETURNED = (r"(?:(?:async\s+)?function\s*[\w$]*\s*\([^)]*\)\s*\{\s*(?:(?:const|let|var)\s+[\w$]+\s*=\s*|return\s+)"
             r"|(?:async\s+)?\([^)]*\)\s*=>\s*(?:\{\s*return\s+)?)?")
_TEMPLATE = re.compile(_ASSIGNMENT + _RETURNED + r"`(?P<words>(?:[^`\\$]|\\.|\$(?!\{))*)`", re.S)  # no ${…} inside
_COMMENTED = re.compile(r"\s*/\*(?P<code>\s*(?:(?:export\s+)?(?:var|let|const)\s|module\.exports).*?)\*/", re.S)
_LOOSE_ESCAPE = re.compile(r"\\(\\|[^\"'`/bfnrtux0-9\n])")  # "\“" in a string: the character itself; "\\" stays
# TypeScript's declarations of the data's shape before it: "export interface TimelineItem { id: string; … }"
_DECLARATION = re.compile(r"\s*(?:export\s+)?(?:interface|type)\s+[\w$]+[^{=;]*[{=]")


def module_text(text: str) -> str | None:
    """What a module holds, as text a reader takes, or None when it assigns neither: the JSON of the object or
    list literal it assigns, or the words of the template literal it assigns (HTML as a page of its own); type
    declarations before it are passed over."""
    text = _after_declarations(text)
    if (literal := _LITERAL.match(text)) is not None:
        import chompjs

        source = text[literal.end():]
        try:
            data = chompjs.parse_js_object(source, loader_kwargs={"strict": False})
        except ValueError:  # JavaScript escapes any character ("\“"); JSON only its own: the others as written
            try:
                loose = _LOOSE_ESCAPE.sub(lambda m: m[0] if m[1] == "\\" else m[1], source)
                data = chompjs.parse_js_object(loose, loader_kwargs={"strict": False})
            except (ValueError, RecursionError):
                return None
        except RecursionError:
            return None
        return json.dumps(data, ensure_ascii=False) if isinstance(data, list | dict) else None
    if (template := _TEMPLATE.match(text)) is not None:
        words = template.group("words").replace("\\`", "`")
        return f"<html><body>{words}</body></html>" if HTML_ELEMENT.search(words) else words
    if (commented := _COMMENTED.match(text)) is not None:  # "/* const transcript = {…}; */" over the code using it
        return module_text(commented.group("code"))
    return None


def _after_declarations(text: str) -> str:
    """``text`` after the TypeScript interfaces and types it opens with (their braces counted), as it was if none."""
    while (declared := _DECLARATION.match(text)) is not None:
        depth, end = int(text[declared.end() - 1] == "{"), declared.end()  # "type Kind = { a: string };" too
        while end < len(text) and (depth or text[end] not in ";\n"):
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            end += 1
            if depth == 0 and text[end - 1] == "}":
                break
        if end >= len(text):
            return text
        text = text[end:].lstrip(";")
    return text
