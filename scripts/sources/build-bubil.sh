#!/bin/sh
# Builds the BU-BIL cases (bubil-p01, bubil-p02, bubil-p03) through the same CLI educators use,
# then their rater-spread files (content/cases/<id>/rater-spread.json).
#   BUBIL_DIR=/path/to/BU-BIL_Dataset2 scripts/sources/build-bubil.sh [P01] [P02] [P03]
# BUBIL_DIR (default ../shared/fixtures/external/bubil-multirater) holds RawImages/ and
# ExpertsAnnotations_2A/ of BU-BIL Dataset 2 (upstream copy: github.com/tobastin/CS760-Project-Lungs
# @ 97d69b49028adc61c1f52a2cd2be3fda881608ad, DataSet/Rabbit/BU-BIL_Dataset2). Needs /usr/bin/python3
# with numpy and Pillow (scripts/sources/bubil/prepare.py). Existing cases are overwritten (--force).
set -eu
cd "$(dirname "$0")/../.."
SRC=${BUBIL_DIR:-../shared/fixtures/external/bubil-multirater}
WORK=${WORK:-.cache/cases-work}/bubil
S=scripts/sources
/usr/bin/python3 "$S/bubil/prepare.py" "$SRC" "$WORK"

ACK="This product includes software developed by Boston University. BU-BIL (Boston University Biomedical Image Library) Dataset 2, Copyright (c) 2014 Boston University, all rights reserved; redistributed under its BSD-style 4-clause licence (text in LICENSE). Gurari D, et al. How to Collect Segmentations for Biomedical Images? WACV 2015. Boston University's name is not used to endorse or promote this project."
CITE="Gurari D, Theriault D, Sameki M, Isenberg B, Pham TA, Purwada A, Solski P, Walker M, Zhang C, Wong JY, Betke M. How to Collect Segmentations for Biomedical Images? A Benchmark Evaluating the Performance of Experts, Crowdsourced Non-Experts, and Algorithms. IEEE Winter Conference on Applications of Computer Vision (WACV) 2015."

rater_args() {
  img=$1
  for p in 1 2 3 4 5; do
    for tool in Amira ImageJ; do
      lower=$(echo "$tool" | tr 'A-Z' 'a-z')
      printf '%s\n' --annotations "$WORK/Person${p}_${tool}/seg_${img}.png" --set-id "person${p}-${lower}" \
        --labels "$S/bubil/labels.txt" \
        --annotator-name "Person $p ($tool)" --annotator-kind researcher \
        --annotator-role "Biomedical engineering or biology PhD student, rater $p of 5 (called an expert by the dataset; not a clinician)" \
        --annotator-method "Whole-cell outline drawn with $tool by this rater, who also outlined the same cell with the other tool (BU-BIL Dataset 2A: five raters, two tools each). No written annotation guideline is published with the dataset.." \
        --set-description "Person $p, $tool: one cell mask (BU-BIL Dataset 2A)"
    done
  done
}

case_for() {
  img=$1
  id=bubil-$(echo "$img" | tr 'P' 'p')
  # shellcheck disable=SC2046 # one argument per line from rater_args
  IFS='
'
  set -- $(rater_args "$img")
  unset IFS
  npx tsx scripts/case-import.ts --id "$id" --image "$WORK/$img.png" "$@" \
    --title "Phase-contrast microscopy: rabbit smooth muscle cell, image $img (10 masks by 5 raters)" \
    --modality MICRO --region cell-culture \
    --description "Phase-contrast light micrograph (1300×1030 pixels) of rabbit smooth muscle cells grown in a dish. One cell is outlined ten times: by five raters (biomedical engineering and biology PhD students), each with two tools, Amira and ImageJ. The other cells in the field are not annotated." \
    --window "Cells:45:70" \
    --source "BU-BIL (Boston University Biomedical Image Library) Dataset 2, RawImages/$img.png and ExpertsAnnotations/2A/Person{1..5}_{Amira,ImageJ}/seg_$img.png, from the copy in github.com/tobastin/CS760-Project-Lungs at commit 97d69b49028adc61c1f52a2cd2be3fda881608ad (DataSet/Rabbit/BU-BIL_Dataset2)" \
    --source-url "https://github.com/tobastin/CS760-Project-Lungs/tree/97d69b49028adc61c1f52a2cd2be3fda881608ad/DataSet/Rabbit/BU-BIL_Dataset2" \
    --citation "$CITE" \
    --derivation "The raw image is a palette PNG with an identity grey palette, stored as 8-bit greyscale (grey value = palette index, pixels unchanged). Each expert mask (foreground black in the source) becomes label 1 of a labelmap on the image grid, pixel for pixel (scripts/sources/bubil/prepare.py). No pixel size is published, so coordinates and distances are in pixels. Left out: the GoldStandard masks, which equal Person 2's ImageJ masks pixel for pixel on all three images (importing them would count that rater twice), and the seven Mechanical Turk crowd masks per image, which are crops with no stored position: placing them by their best overlap with the expert masks would bias any crowd-vs-expert comparison towards agreement, so they are not placed." \
    --license "BSD-4-Clause (Boston University)" --license-url "https://spdx.org/licenses/BSD-4-Clause.html" --license-file "$S/licenses/bubil.txt" \
    --attribution "$ACK" \
    --deidentification "Not patient data: a micrograph of animal (rabbit) cells in culture, with no metadata and no identifier." \
    --regenerate "scripts/sources/build-bubil.sh $img" --force
}

for img in ${@:-P01 P02 P03}; do
  case_for "$img"
  npx tsx scripts/rater-spread.ts "bubil-$(echo "$img" | tr P p)"
done
