/**
 * Weights of the line scorer (src/segment/model.ts), written by bench/train-segment.ts.
 * Trained on: trafilatura-eval, readability-testpages (see src/segment/README.md for the data and licences).
 */
export const BIAS = -1.792;

export const WEIGHTS: readonly number[] = [
  0.31, // logWords
  0.523, // ends
  0.063, // prose
  1.018, // marks
  -0.096, // commaRate
  0.456, // hasComma
  -0.736, // stopRatio
  -1.433, // capRatio
  -2.766, // lexLegal
  -2.781, // lexPromo
  -1.922, // lexCaption
  -3.41, // lexNav
  -0.089, // repeated
  -1.887, // counter
  2.117, // digitRatio
  -0.168, // separators
  0.705, // endsColon
  -0.533, // link
  -2.101, // commentMarker
  0.404, // empty
  0.261, // ctxPrev
  0.291, // ctxNext
  -0.063, // ctxWide
  0.103, // shortRun
  -1.476, // posRel
  -1.172, // afterComment
  -0.451, // afterLegal
  0.57, // longBlock
  0.29, // ctxPrevWords
  0.43, // ctxNextWords
  0.29, // prevProse
  0.557, // nextProse
  -0.003, // titleShape
  -0.026, // noStop
  -0.015, // itemRun
  -1.92, // commentMeta
  0.154, // metaNear
];

export const BIAS2 = 0.068;

export const WEIGHTS2: readonly number[] = [
  0.815, // self
  0.042, // prev1
  0.083, // next1
  -0.049, // prev3
  -0.023, // next3
  0.072, // wide8
  0.068, // minNear
  0.067, // maxNear
];
