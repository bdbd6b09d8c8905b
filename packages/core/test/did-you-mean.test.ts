import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestMatches, didYouMean } from '../src/suggestions/did-you-mean.js';

describe('closestMatches', () => {
  it('suggests the known key one typo away', () => {
    expect(closestMatches('databse_url', ['database_url', 'master_key', 'store_model_in_db'])).toEqual([
      'database_url',
    ]);
  });

  it('ignores case when comparing but returns the candidate as spelled', () => {
    expect(closestMatches('API_KYE', ['api_key', 'api_base'])).toEqual(['api_key']);
  });

  it('orders nearest first, then alphabetically, and caps the count', () => {
    expect(closestMatches('rpm', ['tpm', 'rpm2', 'rps', 'apm', 'xyz'], { limit: 2 })).toEqual(['apm', 'rpm2']);
  });

  it('suggests nothing for a word that is far from every candidate', () => {
    expect(closestMatches('routing_strategy', ['api_key', 'model'])).toEqual([]);
  });

  it('never suggests the input itself', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string()), (input, candidates) => {
        expect(closestMatches(input, [...candidates, input])).not.toContain(input);
      }),
    );
  });

  it('gives the same answer whatever the order of the candidates', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.uniqueArray(fc.string({ maxLength: 8 })), (input, candidates) => {
        const reversed = [...candidates].reverse();
        expect(closestMatches(input, reversed)).toEqual(closestMatches(input, candidates));
      }),
    );
  });
});

describe('didYouMean', () => {
  it('reads as a sentence to append to a hint', () => {
    expect(didYouMean('s3', ['s3_v2', 'langfuse'], { maxDistance: 3 })).toBe(" Did you mean 's3_v2'?");
    expect(didYouMean('rpn', ['rpm', 'tpm'], { maxDistance: 2 })).toBe(" Did you mean 'rpm' or 'tpm'?");
  });

  it('is empty when nothing is close', () => {
    expect(didYouMean('zzzzzz', ['api_key'])).toBe('');
  });
});
