"""Serving the chat: the theme and styles, the page shown when there is no index yet, and launching."""

from typing import TYPE_CHECKING, Any

from qa_bot.presentation.render import one_line
from qa_bot.presentation.ui import TITLE, build_demo, import_gradio
from qa_bot.presentation.viewer import VIEWER_CSS

if TYPE_CHECKING:  # pragma: no cover - typing only
    import gradio as gr

import logging
import threading

logger = logging.getLogger(__name__)


def build_setup_demo(index_dir: str, problem: str) -> "gr.Blocks":
    """A page for when there is no usable index: what is wrong and how to build one."""
    gr = import_gradio()
    text = (
        f"# {TITLE}: no index to answer from yet\n\n"
        f"The chat needs an index of your transcripts at `{index_dir.replace('`', '')}`.\n\n"
        f"**What happened:** {one_line(problem)}\n\n"
        "**Build one**, then restart the server:\n\n"
        "```\n"
        f"qa-bot index path/to/transcripts/ --index {index_dir}\n"
        "```\n\n"
        "or, in a checkout of the qa-bot repository, `make index` for the bundled sample (then `make run`). "
        "Supported files: plain-text transcripts, SRT and WebVTT subtitles, JSON, CSV/TSV and Markdown."
    )
    with gr.Blocks(title="qa-bot · no index", analytics_enabled=False) as demo:
        gr.Markdown(text, elem_id="setup")
    return demo


def default_theme() -> Any:
    """Default theme with packaged fonts at 400/700 (the packaged SemiBold files are stubs)."""
    gr = import_gradio()
    return gr.themes.Default(
        font=(
            gr.themes.LocalFont("Source Sans Pro", weights=(400, 700)),
            "ui-sans-serif",
            "system-ui",
            "sans-serif",
        ),
        font_mono=(
            gr.themes.LocalFont("IBM Plex Mono", weights=(400, 700)),
            "ui-monospace",
            "monospace",
        ),
    )


CSS = (
    """
details > summary { cursor: pointer; }
#date-from input, #date-to input { min-width: 0; width: 100%; }
#qa-status { font-size: var(--text-sm); }
#qa-sources .wrap { max-height: 220px; overflow-y: auto; }
"""
    + VIEWER_CSS
)


def _serve(demo: "gr.Blocks", host: str, port: int, kwargs: dict[str, Any]) -> "gr.Blocks":
    kwargs.setdefault("theme", default_theme())
    kwargs.setdefault("css", CSS)
    kwargs.setdefault("share", False)
    logger.info("serving on http://%s:%s", host, port)
    demo.launch(server_name=host, server_port=port, **kwargs)
    return demo


def launch(qa: Any, host: str = "127.0.0.1", port: int = 7860, **kwargs: Any) -> "gr.Blocks":
    """Build the demo and serve it on ``host:port`` (localhost by default); returns the demo.

    Extra keyword arguments go to ``Blocks.launch`` (e.g. ``prevent_thread_lock=True``). The models
    load in the background meanwhile, so the first question does not wait for them.
    """
    if hasattr(qa, "warm_up"):
        threading.Thread(target=qa.warm_up, name="qa-bot-warm-up", daemon=True).start()
    return _serve(build_demo(qa), host, port, kwargs)


def launch_setup_page(index_dir: str, problem: str, host: str = "127.0.0.1", port: int = 7860, **kwargs: Any) -> Any:
    """Serve :func:`build_setup_demo` (no index yet) instead of failing with a traceback."""
    return _serve(build_setup_demo(index_dir, problem), host, port, kwargs)

