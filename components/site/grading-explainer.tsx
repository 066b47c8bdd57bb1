/** Plain-words definitions of every grading metric (the pinned definitions of lib/domain/grading). */
export function GradingExplainer() {
  return (
    <section aria-labelledby="grading">
      <h2 id="grading">How grading works</h2>
      <p>
        The expert annotation is the reference <em>A</em>; your answer is rasterised onto the same
        image grid as <em>B</em> (a pixel belongs to your outline when its centre lies inside the
        outline or on its edge). Distances are measured in millimetres between voxel centres, using
        the image&apos;s real pixel spacing.
      </p>
      <dl>
        <dt>Dice</dt>
        <dd>
          2|A∩B| / (|A|+|B|): the overlap of your outline with the experts&apos;, 0 (none) to 1
          (identical).
        </dd>
        <dt>IoU</dt>
        <dd>|A∩B| / |A∪B|; used for boxes, in continuous coordinates.</dd>
        <dt>HD and HD95</dt>
        <dd>
          Boundary distances: for each boundary pixel of one outline, the distance to the nearest
          boundary pixel of the other, both ways. HD is the largest; HD95 the 95th percentile
          (linear interpolation).
        </dd>
        <dt>ASSD</dt>
        <dd>The mean of all those boundary distances.</dd>
        <dt>NSD(τ)</dt>
        <dd>
          The share of boundary pixels within τ mm of the other boundary: how much of your edge is
          &ldquo;close enough&rdquo;.
        </dd>
        <dt>Clicks and landmarks</dt>
        <dd>
          A click is a hit when the pixel under it belongs to the structure; otherwise we tell you
          which structure you clicked and how many millimetres you were from the target: measured
          within the slice you answered on (with the nearest slice that shows the target when yours
          does not), or in 3D when the question asks you to find the slice. Slice numbers count from
          1. Landmarks are graded by their distance in mm.
        </dd>
        <dt>Empty answers</dt>
        <dd>
          Both empty: a perfect score. One empty: Dice 0 and distances equal to the image diagonal.
        </dd>
      </dl>
      <p>
        Where several annotators drew the same structure, an outline is compared with their STAPLE
        consensus; it passes when its Dice is at least the lowest Dice any one annotator reaches
        against the consensus of the others (unless the question sets its own pass mark), the NSD
        tolerance is the annotators&apos; median HD95 rounded up to 0.5 mm (at least one pixel), and
        the feedback ranks you among them. A click there is correct when more than half of the
        annotators include the point, borderline (scored by the fraction) when only some do.
      </p>
    </section>
  );
}
