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
        Where several annotators draw the same structure, a fair pass mark comes from their own
        agreement, since the experts themselves rarely agree perfectly. No case here has several
        raters of one structure yet, so every outline item passes at the Dice its author set (0.7
        when none is set).
      </p>
    </section>
  );
}
