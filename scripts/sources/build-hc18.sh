#!/bin/sh
# Builds the HC18 fetal-head ultrasound cases (hc18-010, hc18-250, hc18-500, hc18-805) through the
# same CLI educators use.
#   HC18_DIR=/path/to/training_set scripts/sources/build-hc18.sh [010 250 500 805]
# HC18_DIR holds NNN_HC.png and NNN_HC_Annotation.png of the HC18 training set (Zenodo
# doi:10.5281/zenodo.1322001; default: the fixture copy ../shared/fixtures/external/hc18-ultrasound).
# Pixel sizes come from scripts/sources/hc18/training_set_pixel_size_and_HC.csv (the HC18 CSV's rows
# of these images, unchanged). Existing cases are overwritten (--force).
set -eu
cd "$(dirname "$0")/../.."
DIR=${HC18_DIR:-../shared/fixtures/external/hc18-ultrasound}
S=scripts/sources
CSV="$S/hc18/training_set_pixel_size_and_HC.csv"
WORK=${WORK:-.cache/cases-work}/hc18
mkdir -p "$WORK"
printf '1\tFetal head\t#facc15\n' > "$WORK/labels.txt"
CITE="van den Heuvel TLA, de Bruijn D, de Korte CL, van Ginneken B. Automated measurement of fetal head circumference using 2D ultrasound images. PLoS ONE 2018;13(8):e0200412. doi:10.1371/journal.pone.0200412"

hc18() {
  n=$1
  row=$(grep "^${n}_HC.png," "$CSV") || { echo "$CSV: no row for ${n}_HC.png" >&2; exit 1; }
  ps=$(echo "$row" | cut -d, -f2)
  hc=$(echo "$row" | cut -d, -f3)
  npx tsx scripts/case-import.ts --force --id "hc18-$n" --image "$DIR/${n}_HC.png" --pixel-spacing "$ps,$ps" \
    --title "Fetal head ultrasound: HC18 image ${n}_HC (head circumference $hc mm)" --modality US --region head \
    --description "A two-dimensional B-mode ultrasound image of a fetal head in the plane used to measure head circumference, from the HC18 challenge, with the ellipse a trained sonographer fitted to the skull. The HC18 table gives a pixel size of $ps mm and a head circumference of $hc mm for this image." \
    --source "HC18 Grand Challenge training set, image ${n}_HC.png, its annotation ${n}_HC_Annotation.png and its row of training_set_pixel_size_and_HC.csv; Zenodo doi:10.5281/zenodo.1322001" \
    --source-url "https://doi.org/10.5281/zenodo.1322001" \
    --citation "$CITE" \
    --derivation "The PNG image is copied unchanged. Pixel size (mm, square pixels) from the HC18 CSV. The annotation is the copy in github.com/rileyaquilano/Ultrasound_Final (commit 9788030), where the masks are FILLED ellipses (RGB, 0/255), while the original HC18 release draws the ellipse as a one-pixel outline; pixels with any channel >= 128 became label 1 of a NIfTI labelmap. An ellipse fitted to the filled mask by its second moments reproduces the CSV head circumference (Ramanujan's second perimeter approximation) within 1 % (tests/unit/quiz/hc18-reference.test.ts)." \
    --license CC-BY-4.0 --license-url "https://creativecommons.org/licenses/by/4.0/" --license-file "$S/licenses/hc18.txt" \
    --attribution "HC18 Grand Challenge data (doi:10.5281/zenodo.1322001), van den Heuvel et al., PLoS ONE 2018, doi:10.1371/journal.pone.0200412; CC BY 4.0." \
    --deidentification "Public challenge data published anonymised by the HC18 organisers: a cropped B-mode image with no patient name, date or identifier; the only burned-in text is at most a faint scanner label (a machine name and a number) near the top-left corner, checked by eye. The PNG carries only its pixel density (pHYs)." \
    --regenerate "scripts/sources/build-hc18.sh $n" \
    --annotations "$DIR/${n}_HC_Annotation.png" --labels "$WORK/labels.txt" --set-id sonographer \
      --annotator-name "HC18 sonographer" --annotator-kind clinician \
      --annotator-role "Trained sonographer of the HC18 data set (one rater per image)" \
      --annotator-citation "$CITE" \
      --annotator-method "The sonographer drew the ellipse that best fits the fetal skull on the image; HC18 computes the head circumference from that ellipse. In this copy the ellipse is filled (the original release draws its one-pixel outline)." \
      --set-description "Fetal head ellipse drawn by a trained sonographer (HC18), filled"
}

for n in ${@:-010 250 500 805}; do hc18 "$n"; done
