/**
 * Weights of the line scorer (src/segment/model.ts), written by bench/train-segment.ts.
 * Trained on: trafilatura-eval, readability-testpages (see src/segment/README.md for the data and licences).
 */
export const BIAS = -1.81;

export const WEIGHTS: readonly number[] = [
  0.295, // logWords
  0.506, // ends
  0.074, // prose
  1.038, // marks
  -0.146, // commaRate
  0.47, // hasComma
  -0.765, // stopRatio
  -1.441, // capRatio
  -2.797, // lexLegal
  -2.792, // lexPromo
  -1.936, // lexCaption
  -3.402, // lexNav
  -0.083, // repeated
  -1.873, // counter
  2.076, // digitRatio
  -0.164, // separators
  0.701, // endsColon
  -0.551, // link
  -2.085, // commentMarker
  0.377, // empty
  0.256, // ctxPrev
  0.305, // ctxNext
  -0.034, // ctxWide
  0.1, // shortRun
  -1.31, // posRel
  -1.204, // afterComment
  -0.478, // afterLegal
  0.582, // longBlock
  0.281, // ctxPrevWords
  0.43, // ctxNextWords
  0.293, // prevProse
  0.556, // nextProse
  -0.007, // titleShape
  -0.016, // noStop
  -0.015, // itemRun
  -1.882, // commentMeta
  0.155, // metaNear
];

export const BIAS2 = 0.066;

export const WEIGHTS2: readonly number[] = [
  0.813, // self
  0.042, // prev1
  0.083, // next1
  -0.046, // prev3
  -0.024, // next3
  0.073, // wide8
  0.066, // minNear
  0.068, // maxNear
];
