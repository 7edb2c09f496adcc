"""The package's shape: stages import only from earlier stages, and modules and functions stay small."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "qa_bot"
# The pipeline's stages in order; a module may import from its own stage and earlier ones only.
STAGES = (
    "text", "config", "ingest", "embedding", "indexing", "store", "question", "retrieval", "rerank", "answering",
    "pipeline", "presentation",
)  # fmt: skip
FOUNDATION = ("errors", "types", "timing")  # shared by every stage; they import no stage
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 80


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p != PACKAGE / "__init__.py")


def stage_of(module: str) -> int:
    """Rank of a dotted module inside the package: -1 for the foundation, else its stage's index."""
    top = module.split(".")[1] if module.count(".") else ""
    if top in FOUNDATION or top in ("", "__version__"):
        return -1
    return STAGES.index(top)


def imported(path: Path) -> list[tuple[int, str]]:
    """``(line, module)`` of every import of the package in ``path``, lazy ones inside functions included."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "qa_bot":
            if node.module == "qa_bot":
                found += [(node.lineno, f"qa_bot.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "qa_bot"]
    return found


def name_of(path: Path) -> str:
    return ".".join(("qa_bot", *path.relative_to(PACKAGE).with_suffix("").parts))


def test_every_module_belongs_to_a_stage() -> None:
    for path in modules():
        stage_of(name_of(path))  # raises ValueError for a package outside STAGES


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_one_way(path: Path) -> None:
    """No stage imports from a later one (ingest never from answering, the store never from retrieval …)."""
    own = stage_of(name_of(path))
    later = [f"line {line}: {module}" for line, module in imported(path) if stage_of(module) > own]
    assert not later, f"{name_of(path)} imports from later stages: {later}"


def test_modules_and_functions_stay_small() -> None:
    too_long = []
    for path in modules():
        source = path.read_text(encoding="utf-8")
        if len(source.splitlines()) > MAX_MODULE_LINES:
            too_long.append(f"{path.name}: {len(source.splitlines())} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    too_long.append(f"{path.name}:{node.lineno} {node.name}(): {lines} lines")
    assert not too_long, too_long


def test_the_layout_check_catches_a_backward_import(tmp_path: Path) -> None:
    """The check itself can fail: an ingest module importing the answer stage is reported."""
    bad = tmp_path / "bad.py"
    bad.write_text("from qa_bot.answering.extract import extract_answer\n", encoding="utf-8")
    assert [stage_of(m) for _, m in imported(bad)] == [STAGES.index("answering")]
    assert stage_of("qa_bot.ingest.plain") < STAGES.index("answering")
