#!/bin/sh
# Re-derives the built-in cases from Debian packages, through the same CLI educators use.
#   scripts/sources/build-cases.sh [colin27] [head-ct] [skull-drr] [ihc-colon] [retina-fundus]
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
  import --id colin27 --image "$T/ch2.nii.gz" --high-res "$T/ch2better.nii.gz" \
    --title "Brain MRI atlas: Colin27 T1 with five expert atlases" --modality MR --region head \
    --description "T1-weighted MRI of one healthy adult brain (Colin Holmes, 27 scans averaged), the single-subject template of the Montreal Neurological Institute, with five published anatomical atlases laid over it: AAL, Harvard-Oxford cortical, Brodmann areas, JHU white-matter tracts and AICHA." \
    --window "Brain:100:200" \
    --source "Debian package mricron-data 1.2.20211006+dfsg-4 (MRIcron templates by Chris Rorden): /usr/share/mricron/templates/ch2.nii.gz, ch2better.nii.gz and the atlas label images" \
    --source-url "https://packages.debian.org/bookworm/mricron-data" \
    --citation "Holmes CJ, Hoge R, Collins L, Woods R, Toga AW, Evans AC. Enhancement of MR images using registration for signal averaging. J Comput Assist Tomogr 1998;22(2):324-333." \
    --derivation "ch2.nii.gz (Colin27 T1, 181×217×181 voxels of 1 mm, MNI space) is the reference grid, re-encoded as gzip NIfTI-1 without changing voxel values or geometry; ch2better.nii.gz (0.5 mm, 301×370×316) is offered as a high-resolution view only. AAL and Brodmann lie on the ch2 grid and are copied unchanged. Harvard-Oxford and JHU (FSL MNI152 grid, 182×218×182, 1 mm) and AICHA (2 mm, 91×109×91) do not: they were resampled with nearest neighbour onto the ch2 grid (no new label values are created). Note that Harvard-Oxford, JHU and AICHA were drawn on other brains (the MNI152 average and group data) than Colin27, so their borders match this brain only approximately — one reason atlases disagree." \
    --license BSD-3-Clause --license-url "https://opensource.org/licenses/BSD-3-Clause" --license-file "$S/licenses/mricron-data.txt" \
    --attribution "Colin27 MRI: Holmes et al. 1998. Atlases: AAL (Tzourio-Mazoyer et al. 2002), Harvard-Oxford (Harvard CMA / FSL; Desikan et al. 2006), Brodmann (MRIcro; Rorden & Brett 2000), JHU white matter (Mori et al. 2008), AICHA (Joliot et al. 2015). Files from Debian's mricron-data package (BSD-3-Clause, Chris Rorden)." \
    --deidentification "Not patient data: Colin27 is a published research template (27 averaged scans of one consenting volunteer) with no identifying information in the files; only the NIfTI description field ('spm - algebra') is kept." \
    --regenerate "scripts/sources/build-cases.sh colin27" \
    --annotations "$T/aal.nii.gz" --set-id aal \
      --annotator-name "AAL atlas (Tzourio-Mazoyer et al. 2002)" --annotator-kind expert-atlas \
      --annotator-role "Automated Anatomical Labeling: 116 regions delineated by neuroanatomists on the Colin27 (MNI single-subject) brain" \
      --annotator-citation "Tzourio-Mazoyer N, et al. Automated anatomical labeling of activations in SPM using a macroscopic anatomical parcellation of the MNI MRI single-subject brain. NeuroImage 2002;15(1):273-289." \
      --annotator-method "Sulci traced by hand on axial slices of this very brain; regions bounded by the sulci. Names from aal.nii.txt, colours from aal.nii.lut (mricron)." \
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
    --annotations "$T/JHU-WhiteMatter-labels-1mm.nii.gz" --set-id jhu-white-matter --resample-nearest \
      --annotator-name "JHU white-matter labels (Mori et al. 2008)" --annotator-kind expert-atlas \
      --annotator-role "48 white-matter tracts hand-segmented on diffusion-tensor maps averaged in the ICBM (MNI152) template" \
      --annotator-citation "Mori S, Oishi K, Jiang H, et al. Stereotaxic white matter atlas based on diffusion tensor imaging in an ICBM template. NeuroImage 2008;40(2):570-582." \
      --annotator-method "Tracts drawn by hand on colour-coded fractional-anisotropy maps. Names from JHU-WhiteMatter-labels-1mm.nii.txt, colours from its .lut (mricron). Resampled nearest-neighbour from the MNI152 grid onto Colin27." \
      --set-description "JHU ICBM-DTI-81 white-matter labels (48 tracts)" \
    --annotations "$T/AICHAmc.nii.gz" --set-id aicha --resample-nearest \
      --annotator-name "AICHA atlas (Joliot et al. 2015)" --annotator-kind expert-atlas \
      --annotator-role "Atlas of Intrinsic Connectivity of Homotopic Areas: 192 regions from resting-state fMRI of 281 adults" \
      --annotator-citation "Joliot M, Jobard G, Naveau M, et al. AICHA: An atlas of intrinsic connectivity of homotopic areas. J Neurosci Methods 2015;254:46-59." \
      --annotator-method "Regions found by clustering resting-state functional connectivity, homotopic between hemispheres; this mricron version (AICHAmc) gives one label to both hemispheres. Names from AICHAmc.nii.txt, colours from its .lut. Resampled nearest-neighbour from its 2 mm grid onto Colin27 (ties at half-voxel positions go to the higher source index)." \
      --set-description "AICHA functional parcellation (192 homotopic regions, both hemispheres share a label)"
}

for c in ${@:-colin27}; do "$c"; done
