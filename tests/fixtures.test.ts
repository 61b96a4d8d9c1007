import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import type { Article } from '../src/types.js';
import {
  bodyOf,
  boilerplateOf,
  bylineOf,
  datelineOf,
  datesOf,
  entitiesView,
  goldFixtures,
  goldProblems,
  headlineOf,
  peopleView,
  quotesView,
} from './helpers/expected.js';

/**
 * Gold fixtures: parseArticle's output against hand-annotated fixtures/<name>.expected.json,
 * one `it` per field so a failure names the field and prints a readable diff.
 */
const fixtures = goldFixtures();

it('has gold fixtures', () => {
  expect(fixtures.length).toBeGreaterThan(0);
});

for (const fixture of fixtures) {
  const { name, text, expected } = fixture;

  describe(name, () => {
    let parsed: { article: Article } | { error: unknown } | undefined;
    const article = (): Article => {
      if (!parsed) {
        try {
          parsed = { article: parseArticle(text, expected.options) };
        } catch (error) {
          parsed = { error };
        }
      }
      if ('error' in parsed) throw parsed.error;
      return parsed.article;
    };

    it('gold annotation is consistent with the text', () => {
      expect(goldProblems(fixture)).toEqual([]);
    });

    it('headline', () => {
      expect(headlineOf(article())).toEqual(expected.headline);
    });

    it('dateline', () => {
      expect(datelineOf(article())).toEqual(expected.dateline);
    });

    it('byline', () => {
      expect(bylineOf(article())).toEqual(expected.byline);
    });

    it('publishedAt', () => {
      expect(article().publishedAt).toBe(expected.publishedAt);
    });

    it('body paragraphs', () => {
      expect(bodyOf(article())).toEqual(expected.body);
    });

    it('boilerplate', () => {
      expect(boilerplateOf(article())).toEqual(expected.boilerplate);
    });

    it('people', () => {
      expect(peopleView(article().people)).toEqual(peopleView(expected.people));
    });

    it('organizations', () => {
      expect(entitiesView(article().organizations)).toEqual(entitiesView(expected.organizations));
    });

    it('places', () => {
      expect(entitiesView(article().places)).toEqual(entitiesView(expected.places));
    });

    it('quotes', () => {
      expect(quotesView(article().quotes)).toEqual(quotesView(expected.quotes));
    });

    it('dates', () => {
      expect(datesOf(article())).toEqual(expected.dates);
    });
  });
}
