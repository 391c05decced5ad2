"""Make a labelled set of phone photos and faxes from the text PDFs of labelled corpora.

    .venv/bin/python bench/make_photo_set.py OUT [--per-corpus N] [--seed S]

Every chosen text PDF (``scanned: false`` in the corpus's labels.json) is drawn page by page
(pdftoppm, 150 dpi, at most 3 pages) and photographed: laid on a table, seen at an angle,
turned 90/180/270 or a little, shaded, blurred, then saved as JPEG, HEIC (several pages: a
multi-image HEIC) or a 1-bit multi-page fax TIFF. OUT gets the pictures, a labels.json whose
rows are the source labels with the new file names (``scanned: true``), the first corpus's
case.json, and truth.json (each picture's turns, for the plain-tesseract comparison).
Deterministic for a seed. Reads only the train parts of bench/corpus/own, unless
``--heldout`` asks for a set made from the held-out parts alone (then nothing printed
names a document: measure it with ``photo_accuracy.py --aggregate-only``).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import cv2
import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tests.photos import PhotoLook, make_photo  # noqa: E402

# ../shared next to the repository (or next to the worktrees' folder).
SHARED = next(
    (p / "shared" / "corpus" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()),
    REPO.parent / "shared" / "corpus",
)
CORPORA = (
    SHARED / "dev",
    SHARED / "public",
    REPO / "bench" / "corpus" / "own" / "train-a",
    REPO / "bench" / "corpus" / "own" / "train-b",
    REPO / "bench" / "corpus" / "own" / "train-c",
)
HELDOUT = (
    REPO / "bench" / "corpus" / "own" / "heldout-a",
    REPO / "bench" / "corpus" / "own" / "heldout-b",
)
FORMATS = ("jpeg", "heic", "fax")
MAX_PAGES = 3


# The corpora's PDFs name the standard fonts (Helvetica, Times, Courier) without embedding
# them: pdftoppm draws them with whatever fontconfig offers. Sets drawn with other fonts
# are other sets (7 Dec 2026: a set drawn before fonts-urw-base35 was installed, with
# DejaVu Sans for Helvetica, read kind 95 % / date 78 %; the same documents drawn with
# Nimbus Sans read 85 % / 61 %). The standard sets are drawn with the URW fonts.
STANDARD_FONTS = {"Helvetica": "NimbusSans", "Times": "NimbusRoman", "Courier": "NimbusMono"}


def render_setup() -> dict[str, str]:
    """What draws the pages: pdftoppm's version and the font file each standard font gets."""
    done = subprocess.run(["pdftoppm", "-v"], capture_output=True, text=True, check=False)
    found = {"pdftoppm": (done.stderr or done.stdout).split("version")[-1].strip().splitlines()[0]}
    for font in STANDARD_FONTS:
        match = subprocess.run(
            ["fc-match", "-f", "%{file}", font], capture_output=True, text=True, check=False
        )
        found[font] = Path(match.stdout.strip()).name
    return found


def render(pdf: Path, scratch: Path) -> list[Any]:
    """Grey pages at 150 dpi."""
    base = scratch / "page"
    subprocess.run(
        ["pdftoppm", "-r", "150", "-gray", "-png", "-l", str(MAX_PAGES), str(pdf), str(base)],
        check=True,
        capture_output=True,
    )
    pages = sorted(scratch.glob("page-*.png"))
    images = [cv2.imread(str(p), cv2.IMREAD_GRAYSCALE) for p in pages]
    for p in pages:
        p.unlink()
    return images


def fax(page: Any, rng: random.Random) -> Any:
    """A fax: 1-bit, a little crooked, sometimes upside down."""
    height, width = page.shape
    angle = rng.uniform(-1.5, 1.5)
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    turned = cv2.warpAffine(page, matrix, (width, height), borderValue=255)
    noisy = turned.astype(np.int16) + np.random.default_rng(rng.randrange(1 << 30)).normal(
        0, 18, turned.shape
    ).astype(np.int16)
    return (np.clip(noisy, 0, 255) > 150).astype(np.uint8) * 255


def save(out: Path, stem: str, images: list[Any], fmt: str) -> str:
    from PIL import Image

    if fmt == "jpeg" and len(images) == 1:
        name = f"{stem}.JPG"
        cv2.imwrite(str(out / name), images[0], [cv2.IMWRITE_JPEG_QUALITY, 82])
        return name
    if fmt in ("jpeg", "heic"):
        from pillow_heif import from_pillow

        heif = from_pillow(Image.fromarray(images[0]))
        for extra in images[1:]:
            heif.add_from_pillow(Image.fromarray(extra))
        name = f"{stem}.HEIC"
        buffer = io.BytesIO()
        heif.save(buffer, quality=80)
        (out / name).write_bytes(buffer.getvalue())
        return name
    name = f"{stem}.tif"
    frames = [Image.fromarray(image).convert("1") for image in images]
    frames[0].save(
        out / name,
        save_all=True,
        append_images=frames[1:],
        compression="group4",
        dpi=(150, 150),
    )
    return name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--per-corpus", type=int, default=10)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument(
        "--heldout", action="store_true", help="the held-out parts only, printed as counts"
    )
    parser.add_argument(
        "--any-fonts",
        action="store_true",
        help="draw with whatever fonts are installed (the set is then not a standard one)",
    )
    args = parser.parse_args(argv)
    setup = render_setup()
    odd = [f for f, want in STANDARD_FONTS.items() if not setup[f].startswith(want)]
    if odd and not args.any_fonts:
        print(
            f"{', '.join(odd)} would be drawn with {', '.join(setup[f] for f in odd)}, not the "
            "URW fonts the standard sets are drawn with: install fonts-urw-base35 "
            "(scripts/apt-packages.txt), or pass --any-fonts for a set of your own.",
            file=sys.stderr,
        )
        return 2
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    labels: list[dict[str, Any]] = []
    truth: dict[str, Any] = {}
    case_copied = False
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        for corpus in HELDOUT if args.heldout else CORPORA:
            if ("heldout" in corpus.name) != args.heldout or not (corpus / "labels.json").is_file():
                continue
            if not case_copied:
                shutil.copy(corpus / "case.json", out / "case.json")
                case_copied = True
            rows = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))["documents"]
            chosen = [r for r in rows if not r["scanned"] and r["file"].lower().endswith(".pdf")]
            chosen.sort(key=lambda r: r["file"])
            rng.shuffle(chosen)
            for row in chosen[: args.per_corpus]:
                number = len(labels) + 1
                pages = render(corpus / row["file"], scratch)
                if not pages:
                    continue
                fmt = FORMATS[number % len(FORMATS)]
                turn = (0, 90, 180, 270)[rng.randrange(4)]
                looks = []
                images = []
                for index, page in enumerate(pages):
                    if fmt == "fax":
                        upside = rng.random() < 0.25
                        image = fax(page, rng)
                        image = cv2.rotate(image, cv2.ROTATE_180) if upside else image
                        looks.append({"turn": 180 if upside else 0})
                    else:
                        look = PhotoLook(
                            turn=turn,
                            tilt=rng.uniform(-4, 4),
                            perspective=rng.uniform(0.03, 0.1),
                            shadow=rng.uniform(0.35, 0.8),
                            blur=rng.uniform(0.3, 1.3),
                            table=rng.randrange(30, 120),
                        )
                        image, _ = make_photo(page, look, seed=number * 10 + index)
                        looks.append({"turn": turn, "tilt": round(look.tilt, 2)})
                    images.append(image)
                name = save(out, f"IMG_{number:04d}", images, fmt)
                labels.append({**row, "file": name, "scanned": True, "source": row["file"]})
                truth[name] = {"format": fmt, "corpus": corpus.name, "pages": looks}
                if not args.heldout:
                    print(f"{name}: {corpus.name}/{row['file']} ({fmt}, {len(images)} pages)")
    print(f"{len(labels)} documents, {sum(len(t['pages']) for t in truth.values())} pages")
    print("drawn with: " + ", ".join(f"{k} {v}" for k, v in setup.items()))
    truth["_render"] = setup
    (out / "labels.json").write_text(
        json.dumps({"documents": labels}, indent=1) + "\n", encoding="utf-8"
    )
    (out / "truth.json").write_text(json.dumps(truth, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
