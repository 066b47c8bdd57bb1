#!/bin/sh
# Re-derives the built-in cases from Debian packages, through the same CLI educators use.
#   scripts/sources/build-cases.sh [colin27] [head_ct] [skull_drr] [ihc_colon] [retina_fundus] [abdomen_ct] [chest_ct]
# (no argument: all). DEB_DIR (default .cache/debdata) holds the unpacked packages; they are
# downloaded with `apt-get download` when missing (scripts/sources/fetch-debian.sh). Intermediate
# files go to WORK (default .cache/cases-work). Existing cases are overwritten (--force).
set -eu
cd "$(dirname "$0")/../.."
X=$(scripts/sources/fetch-debian.sh "${DEB_DIR:-.cache/debdata}")
WORK=${WORK:-.cache/cases-work}
mkdir -p "$WORK"
T="$X/usr/share/mricron/templates"
SK="$X/usr/lib/python3/dist-packages/skimage/data"
INV="$X/usr/share/doc/invesalius-examples/examples/Cranium.inv3"
S=scripts/sources
import() { npx tsx scripts/case-import.ts "$@" --force; }

colin27() {
  # mricron's JHU copy has a mirrored left-right header: reset it to FSL's before importing.
  npx tsx "$S/fix-jhu-orientation.ts" "$T/JHU-WhiteMatter-labels-1mm.nii.gz" "$WORK/JHU-WhiteMatter-labels-1mm.nii.gz"
  import --id colin27 --image "$T/ch2.nii.gz" --high-res "$T/ch2better.nii.gz" \
    --title "Brain MRI atlas: Colin27 T1 with five published atlases" --modality MR --region head \
    --description "T1-weighted MRI of one healthy adult brain (Colin Holmes, 27 scans averaged), the single-subject template of the Montreal Neurological Institute, with five published atlases laid over it: four anatomical (AAL, Harvard-Oxford cortical, Brodmann areas, JHU white-matter tracts) and one functional parcellation computed from resting-state fMRI (AICHA)." \
    --window "Brain:100:200" \
    --source "Debian package mricron-data 1.2.20211006+dfsg-4 (MRIcron templates by Chris Rorden): /usr/share/mricron/templates/ch2.nii.gz, ch2better.nii.gz and the atlas label images" \
    --source-url "https://packages.debian.org/bookworm/mricron-data" \
    --citation "Holmes CJ, Hoge R, Collins L, Woods R, Toga AW, Evans AC. Enhancement of MR images using registration for signal averaging. J Comput Assist Tomogr 1998;22(2):324-333." \
    --derivation "ch2.nii.gz (Colin27 T1, 181×217×181 voxels of 1 mm, MNI space) is the reference grid, re-encoded as gzip NIfTI-1 without changing voxel values or geometry; ch2better.nii.gz (0.5 mm, 301×370×316) is offered as a high-resolution view only. AAL and Brodmann lie on the ch2 grid and are copied unchanged. Harvard-Oxford and JHU (FSL MNI152 grid, 182×218×182, 1 mm) and AICHA (2 mm, 91×109×91) do not: they were resampled with nearest neighbour onto the ch2 grid (no new label values are created). The JHU file's header in mricron-data mirrors left and right; its x axis was first reset to that of FSL's original file. Note that Harvard-Oxford, JHU and AICHA were drawn on other brains (the MNI152 average and group data) than Colin27, so their borders match this brain only approximately — one reason atlases disagree." \
    --license BSD-3-Clause --license-url "https://opensource.org/licenses/BSD-3-Clause" --license-file "$S/licenses/mricron-data.txt" \
    --attribution "Colin27 MRI: Holmes et al. 1998. Atlases: AAL (Tzourio-Mazoyer et al. 2002), Harvard-Oxford (Harvard CMA / FSL; Desikan et al. 2006), Brodmann (MRIcro; Rorden & Brett 2000), JHU white matter (Mori et al. 2008), AICHA (Joliot et al. 2015). Files from Debian's mricron-data package (BSD-3-Clause, Chris Rorden)." \
    --deidentification "Not patient data: Colin27 is a published research template (27 averaged scans of one consenting volunteer) with no identifying information in the files; only the NIfTI description field ('spm - algebra') is kept." \
    --regenerate "scripts/sources/build-cases.sh colin27" \
    --annotations "$T/aal.nii.gz" --set-id aal --hierarchy "$S/labels/aal-lobes.tsv" \
      --annotator-name "AAL atlas (Tzourio-Mazoyer et al. 2002)" --annotator-kind expert-atlas \
      --annotator-role "Automated Anatomical Labeling: 116 regions delineated by neuroanatomists on the Colin27 (MNI single-subject) brain" \
      --annotator-citation "Tzourio-Mazoyer N, et al. Automated anatomical labeling of activations in SPM using a macroscopic anatomical parcellation of the MNI MRI single-subject brain. NeuroImage 2002;15(1):273-289." \
      --annotator-method "Sulci traced by hand on axial slices of this very brain; regions bounded by the sulci. Names from aal.nii.txt, colours from aal.nii.lut (mricron). Lobe parents from the lobe headings of the AAL paper (scripts/sources/labels/aal-lobes.tsv)." \
      --set-description "AAL parcellation (116 regions) from mricron-data aal.nii.gz" \
    --annotations "$T/HarvardOxford-cort-maxprob-thr0-1mm.nii.gz" --set-id harvard-oxford --labels "$S/labels/harvard-oxford-cortical.txt" --resample-nearest \
      --annotator-name "Harvard-Oxford cortical atlas (FSL)" --annotator-kind expert-atlas \
      --annotator-role "Probabilistic atlas of 48 cortical areas from T1 MRI of 37 adults labelled by the Harvard Center for Morphometric Analysis, registered to MNI152; maximum-probability map, threshold 0 %" \
      --annotator-citation "Desikan RS, et al. An automated labeling system for subdividing the human cerebral cortex on MRI scans into gyral based regions of interest. NeuroImage 2006;31(3):968-980. Distributed with FSL." \
      --annotator-method "Manual labels of many brains combined into probabilities; each voxel takes its most probable label. Not lateralised. Names from FSL's HarvardOxford-Cortical.xml (scripts/sources/labels/harvard-oxford-cortical.txt). Resampled nearest-neighbour from the MNI152 grid onto Colin27." \
      --set-description "Harvard-Oxford cortical maximum-probability atlas (48 areas, both hemispheres share a label)" \
    --annotations "$T/brodmann.nii.gz" --set-id brodmann --labels "$S/labels/brodmann.txt" \
      --annotator-name "Brodmann areas (MRIcro template)" --annotator-kind expert-atlas \
      --annotator-role "Brodmann's cytoarchitectonic areas as approximated on the Colin27 brain for MRIcro" \
      --annotator-citation "Rorden C, Brett M. Stereotaxic display of brain lesions. Behav Neurol 2000;12(4):191-200." \
      --annotator-method "Areas drawn on this brain after Brodmann's (1909) maps, which were made from the microscopic cell architecture of other brains: the borders are approximate. Voxel value = area number (scripts/sources/labels/brodmann.txt)." \
      --set-description "Brodmann areas (41 areas present) from mricron-data brodmann.nii.gz" \
    --annotations "$WORK/JHU-WhiteMatter-labels-1mm.nii.gz" --set-id jhu-white-matter --resample-nearest \
      --annotator-name "JHU white-matter labels (Mori et al. 2008)" --annotator-kind expert-atlas \
      --annotator-role "48 white-matter tracts hand-segmented on diffusion-tensor maps averaged in the ICBM (MNI152) template" \
      --annotator-citation "Mori S, Oishi K, Jiang H, et al. Stereotaxic white matter atlas based on diffusion tensor imaging in an ICBM template. NeuroImage 2008;40(2):570-582." \
      --annotator-method "Tracts drawn by hand on colour-coded fractional-anisotropy maps. Names from JHU-WhiteMatter-labels-1mm.nii.txt, colours from its .lut (mricron). The mricron copy's header mirrors left and right (its labels named right lay on the patient's left); its x axis was reset to FSL's original (RAS x = 90 - i, voxels unchanged; scripts/sources/fix-jhu-orientation.ts) and it was then resampled nearest-neighbour from the MNI152 grid onto Colin27." \
      --set-description "JHU ICBM-DTI-81 white-matter labels (48 tracts)" \
    --annotations "$T/AICHAmc.nii.gz" --set-id aicha --resample-nearest \
      --annotator-name "AICHA atlas (Joliot et al. 2015)" --annotator-kind algorithm \
      --annotator-role "Atlas of Intrinsic Connectivity of Homotopic Areas: a data-driven parcellation into 192 regions by clustering resting-state fMRI of 281 adults, not an anatomical delineation by experts" \
      --annotator-citation "Joliot M, Jobard G, Naveau M, et al. AICHA: An atlas of intrinsic connectivity of homotopic areas. J Neurosci Methods 2015;254:46-59." \
      --annotator-method "Regions found by clustering resting-state functional connectivity, homotopic between hemispheres; this mricron version (AICHAmc) gives one label to both hemispheres. Names from AICHAmc.nii.txt, colours from its .lut. Resampled nearest-neighbour from its 2 mm grid onto Colin27 (ties at half-voxel positions go to the higher source index)." \
      --set-description "AICHA functional parcellation (192 homotopic regions, both hemispheres share a label)"
}

CT_DIR="$WORK/head-ct"
DRR_DIR="$WORK/skull-drr"
INV_SRC="Debian package invesalius-examples 3.1.99998-4: /usr/share/doc/invesalius-examples/examples/Cranium.inv3 (InVesalius 3 example project 'Cranium', CT of a head)"
INV_LIC="--license GPL-2.0-only --license-url https://www.gnu.org/licenses/old-licenses/gpl-2.0.html --license-file $S/licenses/invesalius-examples.txt"
INV_DEID="The InVesalius project holds only voxel values, spacing, window settings and the example name 'ProMED CT 0051' (not copied); no DICOM header, patient name, date or identifier. The face is inside the scanned volume, as in the public upstream example, so a 3D surface rendering would show facial features."
CT_LANDMARKS="$S/annotations/head-ct-landmarks.annotations.json"

head_ct() {
  npx tsx "$S/convert-head-ct.ts" "$INV" "$CT_DIR"
  # shellcheck disable=SC2086
  import --id head-ct --image "$CT_DIR/ct.nii.gz" \
    --title "Head CT: skull and brain (InVesalius example)" --modality CT --region head \
    --description "Non-contrast CT of an adult head from the skull base to the vertex (108 axial slices of 1.5 mm, 0.96 mm pixels), the example project of the open-source InVesalius software, with its bone threshold mask and a few illustrative skull landmarks." \
    --window "Brain:40:80" --window "Subdural:75:215" --window "Soft tissue:40:400" --window "Bone:600:2800" \
    --source "$INV_SRC" --source-url "https://packages.debian.org/bookworm/invesalius-examples" \
    --citation "Amorim P, Moraes T, Silva J, Pedrini H. InVesalius: an interactive rendering framework for health care support. In: Advances in Visual Computing (ISVC 2015), LNCS 9474:45-54." \
    --derivation "Cranium.inv3 (gzip tar) was unpacked by scripts/sources/convert-head-ct.ts: matrix.dat (int16 HU, numpy shape 108×256×256 = slices×rows×columns, C order) became a NIfTI volume of 256×256×108 voxels with spacing 0.957×0.957×1.5 mm from main.plist, voxel values unchanged. The project stores no orientation: it was read off the images (CT table arc at row 0 = posterior, face at high rows = anterior, skull base at slice 0 = inferior; rendered slices checked: the skull is upright in the sagittal view). Columns are assumed to run towards the patient's left (conventional radiological storage); this cannot be verified on a symmetric skull. The origin is not stored: the volume is centred on world (0, 0, 0). The masks mask_0.dat and mask_1.dat (uint8, 109×257×257, InVesalius' extra first slice/row/column dropped, 255 = inside) became labelmaps; each equals the threshold of the CT over its stored range (checked voxel by voxel in tests/unit/cases/builtin-cases.test.ts). The CT table lies inside the volume." \
    $INV_LIC \
    --deidentification "$INV_DEID" \
    --regenerate "scripts/sources/build-cases.sh head_ct" \
    --annotations "$CT_DIR/bone.nii.gz" --set-id bone-threshold \
      --annotator-name "InVesalius bone threshold" --annotator-kind algorithm \
      --annotator-role "Threshold segmentation stored in the InVesalius example project (mask 'Máscara 1')" \
      --annotator-method "Every voxel with 226 ≤ HU ≤ 3071 (InVesalius' bone threshold preset), no manual editing; soft-tissue calcifications and the CT table above 226 HU are included too." \
      --set-description "Bone mask: CT threshold 226 to 3071 HU" \
    --annotations "$CT_DIR/head.nii.gz" --set-id head-threshold \
      --annotator-name "InVesalius soft-tissue threshold" --annotator-kind algorithm \
      --annotator-role "Threshold segmentation stored in the InVesalius example project (mask 'Máscara 2')" \
      --annotator-method "Every voxel with −142 ≤ HU ≤ 2986 (soft tissue and bone), no manual editing. It overlaps the bone mask, so it is a separate labelmap layer." \
      --set-description "Head mask (soft tissue and bone): CT threshold −142 to 2986 HU" \
    --annotations "$CT_LANDMARKS" --set-id landmarks-illustrative \
      --set-description "Illustrative midline skull landmarks placed by rule on the bone profile (not by a clinician)" \
    --annotations "$S/annotations/head-ct-skull-box.annotations.json" --set-id skull-box-illustrative \
      --set-description "Illustrative box around the skull on slice 26, without the CT table (not drawn by a clinician)"
}

skull_drr() {
  [ -f "$CT_DIR/ct.nii.gz" ] || npx tsx "$S/convert-head-ct.ts" "$INV" "$CT_DIR"
  npx tsx "$S/make-skull-drr.ts" "$CT_DIR/ct.nii.gz" "$CT_LANDMARKS" "$DRR_DIR"
  for view in lateral frontal; do
    if [ "$view" = lateral ]; then
      ray="left to right (rays along the CT columns); face on the image right, vertex at the top"
      facing="A,I"
    else
      ray="front to back (rays along the CT rows); patient's left on the image right, vertex at the top"
      facing="L,I"
    fi
    # shellcheck disable=SC2086
    import --id "skull-drr-$view" --image "$DRR_DIR/drr-$view.png" --pixel-spacing 0.9570312,0.9570312 \
      --title "Skull radiograph ($view), synthetic: DRR computed from the head CT" --modality XR --region head \
      --description "A digitally reconstructed radiograph (DRR): a $view skull 'X-ray' computed from the head CT case by adding up attenuation along parallel rays. It is not a real radiograph: no X-ray tube, film or detector was involved." \
      --image-nature "synthetic radiograph from CT (digitally reconstructed radiograph, parallel-beam ray sum); not a real X-ray" \
      --display-orientation "$facing" \
      --source "Computed from the head-ct case, itself from $INV_SRC" \
      --derivation "scripts/sources/make-skull-drr.ts: each CT voxel's attenuation relative to water, max(0, 1 + HU/1000), times the 0.957 mm voxel step along the ray, summed along parallel rays from $ray. No beam divergence (no magnification), no scatter, no detector model; the CT table is included. Rows (1.5 mm slices) were resampled bilinearly to square 0.957 mm pixels. Display: grey = 255·(sum / p99.8)^2, where p99.8 is the 99.8th percentile of the sums (gamma 2 darkens soft tissue so bone stands out). The landmarks are the head-ct landmarks projected along the same rays." \
      $INV_LIC \
      --deidentification "Computed from the head-ct case: $INV_DEID" \
      --regenerate "scripts/sources/build-cases.sh skull_drr" \
      --annotations "$DRR_DIR/drr-$view-landmarks.annotations.json" --set-id landmarks-illustrative \
        --set-description "Head-CT illustrative landmarks projected onto the DRR (not placed by a clinician)"
  done
}

SK_SRC="Debian package python3-skimage 0.19.3-8 (scikit-image sample data)"
SK_DEID="Not identifiable: a microscopy or fundus image with no metadata, no face and no identifier; published as public sample data."

ihc_colon() {
  import --id ihc-colon --image "$SK/ihc.png" \
    --title "Colon IHC tile: colonic glands (FHL2, DAB and haematoxylin)" --modality PATH --region gastrointestinal \
    --description "A 512×512 microscopy tile of colonic mucosa: immunohistochemistry for the FHL2 protein (brown, DAB) with blue haematoxylin counterstain. Glands are cut across and lengthwise, surrounded by stroma." \
    --source "$SK_SRC: /usr/lib/python3/dist-packages/skimage/data/ihc.png, acquired at the Center for Microscopy And Molecular Imaging (CMMI)" \
    --source-url "https://scikit-image.org/docs/stable/api/skimage.data.html" \
    --derivation "The PNG pixels are copied unchanged (embedded XMP text removed, see the conversion notes). No pixel size is known, so coordinates are in pixels." \
    --license "No known copyright restrictions" --license-file "$S/licenses/skimage-ihc.txt" \
    --attribution "Image: scikit-image sample data (skimage.data.immunohistochemistry), acquired at the Center for Microscopy And Molecular Imaging (CMMI); scikit-image states 'No known copyright restrictions.'" \
    --deidentification "$SK_DEID" \
    --regenerate "scripts/sources/build-cases.sh ihc_colon" \
    --annotations "$S/annotations/ihc-glands.annotations.json" --set-id glands-illustrative \
      --set-description "Illustrative gland and lumen outlines traced by eye (not by a pathologist)"
}

retina_fundus() {
  import --id retina-fundus --image "$SK/retina.jpg" \
    --title "Fundus photograph: normal left eye" --modality PHOTO --region eye \
    --description "Colour photograph of the back of a normal left eye: optic disc (left, where vessels enter), macula with the darker fovea at the centre, arteries (lighter) and veins (darker) arching around the macula." \
    --source "$SK_SRC: /usr/lib/python3/dist-packages/skimage/data/retina.jpg, from Wikimedia Commons 'Fundus photograph of normal left eye' by Mikael Häggström" \
    --source-url "https://commons.wikimedia.org/wiki/File:Fundus_photograph_of_normal_left_eye.jpg" \
    --citation "Häggström M. Medical gallery of Mikael Häggström 2014. WikiJournal of Medicine 2014;1(2). doi:10.15347/wjm/2014.008" \
    --derivation "The JPEG is copied unchanged. No pixel size is known, so coordinates are in pixels." \
    --license CC0-1.0 --license-url "https://creativecommons.org/publicdomain/zero/1.0/" --license-file "$S/licenses/skimage-retina.txt" \
    --attribution "Fundus photograph of normal left eye, Mikael Häggström (CC0 1.0), via scikit-image sample data." \
    --deidentification "$SK_DEID" \
    --regenerate "scripts/sources/build-cases.sh retina_fundus" \
    --annotations "$S/annotations/retina-landmarks.annotations.json" --set-id landmarks-illustrative \
      --set-description "Illustrative optic disc, macula and fovea (not placed by an ophthalmologist)"
  import --id retina-microaneurysms --image "$SK/microaneurysms.png" \
    --title "Fundus detail: two microaneurysms (diabetic retinopathy)" --modality PHOTO --region eye \
    --description "A 102×102-pixel detail (green channel) of a fundus photograph of an eye with diabetic retinopathy: two small dark round dots beside the vessels are microaneurysms, the earliest visible sign of the disease." \
    --source "$SK_SRC: /usr/lib/python3/dist-packages/skimage/data/microaneurysms.png, a crop of image 07_dr of the High-Resolution Fundus (HRF) Image Database" \
    --source-url "https://www5.cs.fau.de/research/data/fundus-images/" \
    --citation "Budai A, Bock R, Maier A, Hornegger J, Michelson G. Robust Vessel Segmentation in Fundus Images. International Journal of Biomedical Imaging 2013:154860. doi:10.1155/2013/154860" \
    --derivation "The PNG is copied unchanged. No pixel size is known, so coordinates are in pixels. Licence note: scikit-image 0.19.3 says 'No copyright restrictions. CC0 given by owner (Andreas Maier).'; the HRF database is distributed under CC BY 4.0, which this case follows (attribution below)." \
    --license CC-BY-4.0 --license-url "https://creativecommons.org/licenses/by/4.0/" --license-file "$S/licenses/skimage-microaneurysms.txt" \
    --attribution "Image 07_dr of the High-Resolution Fundus (HRF) Image Database (FAU Erlangen-Nürnberg), cropped and green channel by scikit-image. Budai A, Bock R, Maier A, Hornegger J, Michelson G. Robust Vessel Segmentation in Fundus Images. Int J Biomed Imaging 2013:154860. CC BY 4.0." \
    --deidentification "$SK_DEID" \
    --regenerate "scripts/sources/build-cases.sh retina_fundus" \
    --annotations "$S/annotations/microaneurysms-boxes.annotations.json" --set-id microaneurysms-illustrative \
      --set-description "Illustrative boxes around the two microaneurysms (not placed by an ophthalmologist)"
}

# Product data from ../shared/fixtures/external (EXT_DIR), allowed in the project by DEVELOPERS.md.
EXT=${EXT_DIR:-../shared/fixtures/external}
TS="$EXT/totalseg-ct"
SL="$EXT/slicer-segnrrd"

abdomen_ct() {
  import --id abdomen-ct --image "$TS/example_ct_sm.nii.gz" \
    --title "Abdominal CT: upper abdomen, 41 organ labels predicted by a model" --modality CT --region abdomen \
    --description "A small CT of the upper abdomen, from the lung bases to the lower pole of the kidneys (30 axial slices of 3 mm, 3 mm pixels), with the organ labels that the TotalSegmentator model predicted for it: liver, spleen, kidneys, pancreas, stomach, bowel, aorta, inferior vena cava, vertebrae, ribs and muscles. The labels were made by an algorithm, not drawn by a radiologist." \
    --window Abdomen:50:400 --window Liver:60:160 --window Lung:-600:1500 --window Bone:400:1800 \
    --source "TotalSegmentator regression-test files tests/reference_files/example_ct_sm.nii.gz and example_seg.nii.gz (github.com/wasserth/TotalSegmentator, commit 0e65a448d557382b1e925276212b3bec7f5aff83). Where the scan itself comes from is not stated upstream (the README points to the TotalSegmentator data sets on Zenodo, doi:10.5281/zenodo.6802613; it is not confirmed that this scan is from them)." \
    --source-url "https://github.com/wasserth/TotalSegmentator" \
    --citation "Wasserthal J, Breit H-C, Meyer MT, et al. TotalSegmentator: robust segmentation of 104 anatomic structures in CT images. Radiology: Artificial Intelligence 2023;5(5):e230024. doi:10.1148/ryai.230024" \
    --derivation "example_ct_sm.nii.gz (int16 HU, 122×101×30 voxels of 3 mm, RAS sform) is re-encoded as gzip NIfTI-1 without changing voxel values or geometry. example_seg.nii.gz lies on the same grid; its values are TotalSegmentator v2 classes of the task 'total' (scripts/sources/labels/totalsegmentator-v2.txt: label 117, costal cartilages, exists only in v2, and every organ's centroid lies on the side its name says). The scan is small and coarse (3 mm voxels): it was made for software tests, not for diagnosis." \
    --license Apache-2.0 --license-url "https://www.apache.org/licenses/LICENSE-2.0" --license-file "$S/licenses/totalsegmentator.txt" \
    --attribution "CT and labels: TotalSegmentator test files (Wasserthal et al. 2023), Apache License 2.0." \
    --deidentification "The NIfTI files hold voxel values and geometry only (empty description, auxiliary and intent fields): no DICOM header, name, date or identifier. The scan's origin is not stated upstream." \
    --regenerate "scripts/sources/build-cases.sh abdomen_ct" \
    --annotations "$TS/example_seg.nii.gz" --set-id totalsegmentator --labels "$S/labels/totalsegmentator-v2.txt" \
      --annotator-name "TotalSegmentator (deep-learning model)" --annotator-kind algorithm \
      --annotator-role "Automatic segmentation by the TotalSegmentator nnU-Net model: the model's own prediction, kept upstream as the expected output of its regression test, not a reference drawn by a radiologist" \
      --annotator-citation "Wasserthal J, et al. TotalSegmentator: robust segmentation of 104 anatomic structures in CT images. Radiol Artif Intell 2023;5(5):e230024." \
      --annotator-method "Model output, unedited. Label values and names from TotalSegmentator's class map 'total' (v2). Borders can be wrong, as any model's can: check against the image." \
      --set-description "TotalSegmentator model prediction: 41 structures (algorithm, not expert)"
}

chest_ct() {
  import --id chest-ct --image "$SL/CTChest4.nrrd" \
    --title "Chest CT (coarse): lungs, ribs and spine with a 3D Slicer test segmentation" --modality CT --region chest \
    --description "A coarse chest CT (128×128 pixels of 3 mm, 34 axial slices of 10 mm) from the neck to the upper abdomen, with a segmentation of the ribs, the vertebral column (cervical, thoracic, lumbar), each lung and the body's soft tissue made as test data for the slicerio software. The segmentation is marked 'in progress' in its file: it is developer test data, not a radiologist's reference." \
    --window Mediastinum:50:350 --window Lung:-600:1500 --window Bone:400:1800 \
    --source "slicerio test data slicerio/data/CTChest4.nrrd and Segmentation.seg.nrrd (github.com/lassoan/slicerio, commit 543a856758168e9319f6f88ddba6c00d31fa48ef). The CT appears to be the 3D Slicer sample 'CTChest' downsampled 4×; its original provenance is not stated upstream." \
    --source-url "https://github.com/lassoan/slicerio" \
    --derivation "CTChest4.nrrd (128×128×34, 3.05×3.05×10 mm, LPS) is re-encoded as gzip NIfTI-1 without changing voxel values or geometry. Segmentation.seg.nrrd lies on the same grid: 7 segments with their names, colours and SNOMED CT terminology tags from the file. 10 mm slices make every structure look blocky in the coronal and sagittal views." \
    --license MIT --license-url "https://opensource.org/licenses/MIT" --license-file "$S/licenses/slicerio.txt" \
    --attribution "CT and segmentation: slicerio test data by Andras Lasso (MIT License)." \
    --deidentification "The NRRD header holds only geometry and segment metadata: no name, date or identifier. The CT's origin is not stated upstream." \
    --regenerate "scripts/sources/build-cases.sh chest_ct" \
    --annotations "$SL/Segmentation.seg.nrrd" --set-id slicer-test-segmentation \
      --annotator-name "slicerio test segmentation (3D Slicer)" --annotator-kind illustrative \
      --annotator-role "Developer test segmentation shipped with the slicerio library; who drew it and how is not stated, and its status is 'in progress'" \
      --annotator-method "Segments as stored in Segmentation.seg.nrrd (3D Slicer); names, colours and SNOMED CT codes from its header. Not checked by a radiologist: a teaching illustration only." \
      --set-description "3D Slicer test segmentation: ribs, vertebral column, lungs, soft tissue (illustrative, status 'in progress')"
}

for c in ${@:-colin27 head_ct skull_drr ihc_colon retina_fundus abdomen_ct chest_ct}; do "$c"; done
