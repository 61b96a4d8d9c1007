/**
 * Weights of the line scorer (src/segment/model.ts), written by bench/train-segment.ts.
 * Trained on: trafilatura-eval, readability-testpages (see src/segment/README.md for the data and licences).
 */
export const BIAS = -1.784;

export const WEIGHTS: readonly number[] = [
  0.309, // logWords
  0.523, // ends
  0.058, // prose
  1.021, // marks
  -0.096, // commaRate
  0.454, // hasComma
  -0.74, // stopRatio
  -1.438, // capRatio
  -2.769, // lexLegal
  -2.783, // lexPromo
  -1.922, // lexCaption
  -3.41, // lexNav
  -0.085, // repeated
  -1.745, // counter
  2.132, // digitRatio
  -0.171, // separators
  0.704, // endsColon
  -0.529, // link
  -2.092, // commentMarker
  0.207, // empty
  0.261, // ctxPrev
  0.286, // ctxNext
  -0.067, // ctxWide
  0.101, // shortRun
  -1.473, // posRel
  -1.173, // afterComment
  -0.442, // afterLegal
  0.575, // longBlock
  0.29, // ctxPrevWords
  0.433, // ctxNextWords
  0.286, // prevProse
  0.555, // nextProse
  -0.003, // titleShape
  -0.031, // noStop
  -0.016, // itemRun
  -1.961, // commentMeta
  0.117, // metaNear
];

export const BIAS2 = 0.066;

export const WEIGHTS2: readonly number[] = [
  0.812, // self
  0.043, // prev1
  0.083, // next1
  -0.049, // prev3
  -0.023, // next3
  0.073, // wide8
  0.067, // minNear
  0.07, // maxNear
];
