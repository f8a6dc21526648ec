"""The chapters as stored in git: no outputs, thin cells, the page template, and the book's rules."""

import json
import re
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "book"


def toc_files() -> list[str]:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]]
    for part in toc.get("parts", []):
        files += [chapter["file"] for chapter in part["chapters"]]
    return files


def notebooks() -> list[Path]:
    return sorted(BOOK.glob("*.ipynb"))


def chapters() -> list[Path]:
    """Numbered notebooks: the chapters that teach a method (not the introduction or reference pages)."""
    return [path for path in notebooks() if path.stem[:2].isdigit()]


def cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def source(cell: dict) -> str:
    return "".join(cell["source"])


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: p.name)
def test_notebook_has_no_stored_outputs(path):
    for cell in cells(path):
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [] and cell.get("execution_count") is None, f"{path.name}: clear outputs"


def test_notebooks_in_git_have_no_outputs():
    tracked = subprocess.run(
        ["git", "ls-files", "*.ipynb"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.split()
    for name in tracked:
        for cell in cells(ROOT / name):
            assert not cell.get("outputs"), f"{name} has stored outputs"


def test_every_toc_entry_exists_and_every_notebook_is_in_the_toc():
    files = toc_files()
    for entry in files:
        assert any((ROOT / f"{entry}{suffix}").exists() for suffix in (".ipynb", ".md")), entry
    for path in [*notebooks(), *BOOK.glob("*.md")]:
        assert f"book/{path.stem}" in files, f"{path.name} is not in _toc.yml"


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: p.name)
def test_first_code_cell_is_a_hidden_import_of_the_package(path):
    first = next(cell for cell in cells(path) if cell["cell_type"] == "code")
    assert "remove-cell" in first.get("metadata", {}).get("tags", [])
    assert "analysis" in source(first)


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: p.name)
def test_no_helper_is_defined_in_a_notebook_and_cells_stay_short(path):
    for cell in cells(path):
        if cell["cell_type"] == "code":
            assert not re.search(r"^\s*(def|class) ", source(cell), re.MULTILINE), (
                f"{path.name}: move helpers into analysis/"
            )
            assert source(cell).count("\n") < 45, f"{path.name}: a code cell is too long"


@pytest.mark.parametrize("path", chapters(), ids=lambda p: p.name)
def test_chapter_follows_the_page_template(path):
    text = "\n".join(source(cell) for cell in cells(path) if cell["cell_type"] == "markdown")
    assert "What you will learn" in text
    assert "```{exercise}" in text and "```{solution-start}" in text and ":class: dropdown" in text
    assert re.search(r"^## What's next", text, re.MULTILINE) or "references" in path.stem


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: p.name)
def test_every_figure_has_alt_text_a_name_and_is_cited(path):
    text = "\n".join(source(cell) for cell in cells(path) if cell["cell_type"] == "markdown")
    for block in re.findall(r"```\{glue:figure\}[^`]*```", text):
        name = re.search(r":name: (\S+)", block)
        assert name and ":alt:" in block, f"{path.name}: {block[:60]}"
        assert f"{{numref}}`{name.group(1)}`" in text, f"{path.name}: {name.group(1)} is never cited"


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: p.name)
def test_no_hand_typed_numbers_in_prose(path):
    """Prose numbers come from glue; allowed: years, list numbers, '1,000' in 'per 1,000 words', code."""
    for cell in cells(path):
        if cell["cell_type"] != "markdown":
            continue
        prose = re.sub(
            r"```.*?```|`[^`]*`|\{[a-z:]+\}`[^`]*`|\([^)]*\.(?:py|csv|md|yml)\)", "", source(cell), flags=re.S
        )
        prose = re.sub(r"\b(19|20)\d\d\b|per 1,000|\b\d\.\s|^\d+\.", "", prose, flags=re.M)
        numbers = re.findall(r"(?<![\w.-])\d[\d,.]*%?(?![\w-])", prose)
        allowed = {"1", "2", "3", "4", "5", "0"}
        assert set(numbers) <= allowed | {n for n in numbers if re.fullmatch(r"[0-5]", n)}, f"{path.name}: {numbers}"
