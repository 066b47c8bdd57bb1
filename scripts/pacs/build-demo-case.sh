#!/usr/bin/env bash
# Rebuilds the DICOMweb demo case "ct-seg-dicomweb" (content/cases/ct-seg-dicomweb/ + its labelmap in
# public/cases/ct-seg-dicomweb/) from public test data, de-identified with this repo's own tool:
#   3 CT slices of pydicom's test set (Debian python3-pydicom, Expat licence):
#     pydicom/data/test_files/dicomdirtests/77654033/CT2/{17136,17166,17196}
#   the DICOM SEG that references exactly those slices, from highdicom's test files (MIT):
#     ../shared/fixtures/external/highdicom-testfiles/seg_image_ct_binary.dcm
# The DICOM files are NOT served from public/: the case is read from Orthanc (npm run pacs:load).
# Usage: bash scripts/pacs/build-demo-case.sh   (needs ../shared and /usr/bin/python3 with pydicom, nibabel)
set -euo pipefail
cd "$(dirname "$0")/../.."
T=/usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/77654033/CT2
SEG=../shared/fixtures/external/highdicom-testfiles/seg_image_ct_binary.dcm
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in"
cp "$T/17136" "$T/17166" "$T/17196" "$tmp/in/"
cp "$SEG" "$tmp/in/seg.dcm"
# A fixed salt keeps the UIDs (and so case.json) stable between rebuilds; the originals are public test data.
npx tsx scripts/deid.ts "$tmp/in" "$tmp/out" --salt teaching-atlas-dicomweb-demo
/usr/bin/python3 scripts/pacs/make_demo_case.py "$tmp/out"
