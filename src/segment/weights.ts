/**
 * Weights of the line scorer (src/segment/model.ts), written by bench/train-segment.ts.
 * Trained on: trafilatura-eval, readability-testpages (see src/segment/README.md for the data and licences).
 */
export const BIAS = -1.479;

export const WEIGHTS: readonly number[] = [
  0.32, // logWords
  0.566, // ends
  -0.034, // prose
  0.958, // marks
  -0.526, // commaRate
  0.478, // hasComma
  -0.828, // stopRatio
  -1.479, // capRatio
  -2.768, // lexLegal
  -2.784, // lexPromo
  -0.951, // lexCaption
  -3.201, // lexNav
  -0.082, // repeated
  -0.974, // counter
  0.584, // digitRatio
  -0.211, // separators
  0.612, // endsColon
  -0.508, // link
  -1.431, // commentMarker
  0.98, // empty
  0.247, // ctxPrev
  0.418, // ctxNext
  0.318, // ctxWide
  0.063, // shortRun
  -1.323, // posRel
  -1.854, // afterComment
  -0.439, // afterLegal
  0.601, // longBlock
  0.209, // ctxPrevWords
  0.324, // ctxNextWords
  0.365, // prevProse
  0.54, // nextProse
  -0.027, // titleShape
  0.13, // noStop
];
