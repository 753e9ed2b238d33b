import { z } from 'zod';
import { OrganisationPatch, PersonPatch } from '../model/tier.schema';

/** `PATCH /api/tiers/{id}`: the fields to change, those of the tier's kind (its kind itself never changes). */
export const TierPatch = z.union([OrganisationPatch, PersonPatch]).meta({ id: 'TierPatch' });
