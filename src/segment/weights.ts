/**
 * Weights of the line scorer (src/segment/model.ts), written by bench/train-segment.ts.
 * Trained on: trafilatura-eval, readability-testpages (see src/segment/README.md for the data and licences).
 */
export const BIAS = -1.742;

export const WEIGHTS: readonly number[] = [
  0.314, // logWords
  0.524, // ends
  0.033, // prose
  0.977, // marks
  -0.119, // commaRate
  0.458, // hasComma
  -0.715, // stopRatio
  -1.432, // capRatio
  -2.768, // lexLegal
  -2.757, // lexPromo
  -0.97, // lexCaption
  -3.213, // lexNav
  -0.07, // repeated
  -1.676, // counter
  2.056, // digitRatio
  -0.174, // separators
  0.658, // endsColon
  -0.572, // link
  -1.988, // commentMarker
  0.471, // empty
  0.248, // ctxPrev
  0.403, // ctxNext
  0.268, // ctxWide
  0.097, // shortRun
  -1.3, // posRel
  -1.197, // afterComment
  -0.441, // afterLegal
  0.619, // longBlock
  0.249, // ctxPrevWords
  0.354, // ctxNextWords
  0.354, // prevProse
  0.539, // nextProse
  -0.023, // titleShape
  -0.059, // noStop
  0.006, // itemRun
  -1.874, // commentMeta
  0.239, // metaNear
];

export const BIAS2 = 0.166;

export const WEIGHTS2: readonly number[] = [
  0.773, // self
  0.045, // prev1
  0.051, // next1
  0.029, // prev3
  0.055, // next3
  0.046, // wide8
  0.069, // minNear
  0.037, // maxNear
];
