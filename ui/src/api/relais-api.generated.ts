// Generated from GET /api/openapi.json by `npm run api:types`; do not edit.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: 200 when every store answers (checks lists each), else 503 problem+json with Retry-After
         * @description Readiness: 200 when every store answers (checks lists each), else 503 problem+json with Retry-After. Public: no token needed.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI 3.1 document
         * @description This OpenAPI 3.1 document. Public: no token needed.
         */
        get: operations["openapi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A token from the dev issuer (local mode only)
         * @description Signs a token for a named demo user and roles. Exists only in local mode: 404 `ROUTE.NOT_FOUND` in production. Public: no token needed.
         */
        post: operations["dev-token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reference-functions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The controlled list of job functions, in French and English
         * @description The controlled list of job functions, in French and English. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["reference-functions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fact-definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dated facts a tier carries, with their values and how long they stay trustworthy
         * @description The dated facts a tier carries, with their values and how long they stay trustworthy. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["fact-definitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search tiers by name words, e-mail, phone, SIREN or SIRET
         * @description Search tiers by name words, e-mail, phone, SIREN or SIRET. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["tiers-search"];
        put?: never;
        /**
         * Create an organisation or a person
         * @description Create an organisation or a person. Needs a bearer token; a tier the caller may not see answers 404. A repeat with the same `Idempotency-Key` answers the first result.
         */
        post: operations["tiers-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a tier
         * @description Read a tier. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["tiers-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a tier’s fields
         * @description Changes the fields sent; reference data a rep may not change directly answers 403 `TIER.CHANGE_REQUEST_REQUIRED` (ask through a change request). Needs a bearer token; a tier the caller may not see answers 404. Send the ETag read in `If-Match` (428 without it, 412 when stale; nothing is written then).
         */
        patch: operations["tiers-update"];
        trace?: never;
    };
    "/api/tiers/{id}/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The 360° client card
         * @description The 360° client card. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["tiers-card"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tiers/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A tier’s timeline, newest first, a page at a time
         * @description A tier’s timeline, newest first, a page at a time. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["tiers-timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tiers/{id}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A tier’s relations, each worded from its side
         * @description A tier’s relations, each worded from its side. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["tiers-relations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tiers/{id}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people at an organisation, a page at a time (the card's first page, then the rest)
         * @description The people at an organisation, a page at a time (the card's first page, then the rest). Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["tiers-people"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tiers/{id}/establishments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The establishments below an organisation by name, a page at a time (the card's first page, then the rest)
         * @description The establishments below an organisation by name, a page at a time (the card's first page, then the rest). Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["tiers-establishments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tiers/{id}/facts/{name}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of a dated fact, newest first
         * @description Every version of a dated fact, newest first. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["tiers-fact-history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tiers/{id}/facts/{name}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a fact is still true
         * @description Confirm a fact is still true. Needs a bearer token; a tier the caller may not see answers 404.
         */
        post: operations["tiers-fact-confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Match e-mail addresses to persons and organisations, with evidence
         * @description Match e-mail addresses to persons and organisations, with evidence. Needs a bearer token; a tier the caller may not see answers 404.
         */
        post: operations["lookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tiers/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rank existing tiers against a draft, with scores and reasons
         * @description Rank existing tiers against a draft, with scores and reasons. Needs a bearer token; a tier the caller may not see answers 404.
         */
        post: operations["tiers-match"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tiers/{id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An existing tier's likely duplicates
         * @description An existing tier's likely duplicates. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["tiers-duplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tiers/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a duplicate into this tier
         * @description The duplicate’s relations, interactions and tasks now point to the survivor, which keeps its values and facts unless `picks` says otherwise: at once (200) when they fit one request, else in a job (202). Needs a bearer token; a tier the caller may not see answers 404. `If-Match` is honoured when sent (412 when stale).
         */
        post: operations["tiers-merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tiers/{id}/merge/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What each field and fact becomes if the duplicate is merged into this tier with these picks
         * @description Writes nothing. Needs a bearer token; a tier the caller may not see answers 404.
         */
        post: operations["tiers-merge-preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tiers/{id}/merge/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo the merge of the duplicate into this tier, within the undo period
         * @description The survivor as it was before the merge, the duplicate active again with what was moved from it (`RELAIS_MERGE_UNDO_HOURS`, 24 by default). Needs a bearer token; a tier the caller may not see answers 404.
         */
        post: operations["tiers-merge-undo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Likely duplicate pairs across the base, best first (stewards)
         * @description Likely duplicate pairs across the base, best first (stewards). Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["duplicates-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates/distinct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark two look-alike tiers as distinct (stewards)
         * @description Mark two look-alike tiers as distinct (stewards). Needs a bearer token; a tier the caller may not see answers 404.
         */
        post: operations["duplicates-distinct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a CSV client base and report on its quality (stewards)
         * @description The header is checked at once (400 when a mapped column is missing); the rows are imported by a job whose result is the quality report, its summary and the first page of items (the others at GET /api/imports/{importId}/items). Needs a bearer token; a tier the caller may not see answers 404. A repeat with the same `Idempotency-Key` answers the first result.
         */
        post: operations["imports-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How far an import of a file went: records done, counts, complete (stewards)
         * @description How far an import of a file went: records done, counts, complete (stewards). Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["imports-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{importId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What became of each row of an import (or of its dry run, ?dryRun=true), by ids, a page at a time (stewards)
         * @description What became of each row of an import (or of its dry run, ?dryRun=true), by ids, a page at a time (stewards). Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["imports-items"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/relation-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The relation types
         * @description The relation types. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["relation-types-list"];
        put?: never;
        /**
         * Configure a relation type
         * @description Configure a relation type. Needs a bearer token; a tier the caller may not see answers 404.
         */
        post: operations["relation-types-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Relate two tiers
         * @description Relate two tiers. Needs a bearer token; a tier the caller may not see answers 404. A repeat with the same `Idempotency-Key` answers the first result.
         */
        post: operations["relations-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/relations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a relation
         * @description Read a relation. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["relations-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * End a relation or change its dates
         * @description End a relation or change its dates. Needs a bearer token; a tier the caller may not see answers 404. Send the ETag read in `If-Match` (428 without it, 412 when stale; nothing is written then).
         */
        patch: operations["relations-update"];
        trace?: never;
    };
    "/api/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log an interaction (idempotent on its source)
         * @description Log an interaction (idempotent on its source). Needs a bearer token; a tier the caller may not see answers 404. A repeat with the same `Idempotency-Key` answers the first result.
         */
        post: operations["interactions-log"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interactions/by-source": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The interaction logged from an e-mail or a meeting
         * @description The interaction logged from an e-mail or a meeting. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["interactions-by-source"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an interaction
         * @description Read an interaction. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["interactions-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interactions/{id}/additions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add tiers or follow-ups to an interaction already logged
         * @description Add tiers or follow-ups to an interaction already logged. Needs a bearer token; a tier the caller may not see answers 404. `If-Match` is honoured when sent (412 when stale).
         */
        post: operations["interactions-add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A meeting's iCalUId from the caller's calendar (Microsoft Graph, on their behalf)
         * @description A meeting's iCalUId from the caller's calendar (Microsoft Graph, on their behalf). Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["meetings-identity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user’s tasks (the caller’s by default)
         * @description A user’s tasks (the caller’s by default). Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["tasks-list"];
        put?: never;
        /**
         * Create a task
         * @description Create a task. Needs a bearer token; a tier the caller may not see answers 404. A repeat with the same `Idempotency-Key` answers the first result.
         */
        post: operations["tasks-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a task
         * @description Read a task. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["tasks-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Complete, reopen or reschedule a task
         * @description Complete, reopen or reschedule a task. Needs a bearer token; a tier the caller may not see answers 404. Send the ETag read in `If-Match` (428 without it, 412 when stale; nothing is written then).
         */
        patch: operations["tasks-update"];
        trace?: never;
    };
    "/api/change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Change requests by status, tier or the caller’s part in them
         * @description Change requests by status, tier or the caller’s part in them. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["change-requests-list"];
        put?: never;
        /**
         * Request a reference-data change
         * @description Request a reference-data change. Needs a bearer token; a tier the caller may not see answers 404. A repeat with the same `Idempotency-Key` answers the first result.
         */
        post: operations["change-requests-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/change-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a change request
         * @description Read a change request. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["change-requests-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/change-requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject a pending request (its routed approvers, stewards, admins; once)
         * @description Approve or reject a pending request (its routed approvers, stewards, admins; once). Needs a bearer token; a tier the caller may not see answers 404.
         */
        post: operations["change-requests-decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/change-requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw one of your pending requests
         * @description Withdraw one of your pending requests. Needs a bearer token; a tier the caller may not see answers 404.
         */
        post: operations["change-requests-withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/change-requests/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who asked, to whom it was routed, who decided, when and why
         * @description Who asked, to whom it was routed, who decided, when and why. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["change-requests-audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/change-requests/routing/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Route again the requests sent to the stewards while the directory was down (stewards, admins)
         * @description Route again the requests sent to the stewards while the directory was down (stewards, admins). Needs a bearer token; a tier the caller may not see answers 404.
         */
        post: operations["change-requests-retry-routing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/client-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How the pane and the tabs sign in (dev tokens or nested app authentication)
         * @description How the pane and the tabs sign in (dev tokens or nested app authentication). Public: no token needed.
         */
        get: operations["client-config"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bot/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The Teams bot endpoint: Bot Framework activities, authenticated by the Bot Framework token
         * @description Takes one Bot Framework activity; the Teams SDK checks its Bot Framework token itself (401 without a valid one). In local dev mode with RELAIS_BOT_PLAYGROUND, Microsoft 365 Agents Playground activities are taken without a token, from loopback with a loopback service URL only. 404 `BOT.NOT_CONFIGURED` where no bot is registered. Public: no token needed.
         */
        post: operations["bot-messages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person’s consents and objections per channel, with their history
         * @description A person’s consents and objections per channel, with their history. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["persons-consents-get"];
        /**
         * Record consents, objections and their legal basis per channel (history kept)
         * @description Record consents, objections and their legal basis per channel (history kept). Needs a bearer token; a tier the caller may not see answers 404.
         */
        put: operations["persons-consents-put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything held about a person, as JSON (right of access; audited)
         * @description Everything held about a person, as JSON (right of access; audited). Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["persons-export"];
        put?: never;
        /**
         * Everything held about a person, as a job for pages that show progress (right of access; audited)
         * @description Everything held about a person, as a job for pages that show progress (right of access; audited). Needs a bearer token; a tier the caller may not see answers 404. A repeat with the same `Idempotency-Key` answers the first result.
         */
        post: operations["persons-export-job"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a person everywhere, leaving an erasure record (right to erasure; audited)
         * @description Erase a person everywhere, leaving an erasure record (right to erasure; audited). Needs a bearer token; a tier the caller may not see answers 404. A repeat with the same `Idempotency-Key` answers the first result.
         */
        post: operations["persons-erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log per tier and/or per user, newest first (admins)
         * @description The audit log per tier and/or per user, newest first (admins). Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["audit-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The segments the caller owns or that are shared with their teams
         * @description The segments the caller owns or that are shared with their teams. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["segments-list"];
        put?: never;
        /**
         * Save a named segment rule
         * @description Save a named segment rule. Needs a bearer token; a tier the caller may not see answers 404.
         */
        post: operations["segments-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count the members of an unsaved rule (the builder’s live count) and show a few
         * @description Count the members of an unsaved rule (the builder’s live count) and show a few. Needs a bearer token; a tier the caller may not see answers 404.
         */
        post: operations["segments-preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a segment
         * @description Read a segment. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["segments-get"];
        put?: never;
        post?: never;
        /**
         * Delete a segment (its owner)
         * @description Delete a segment (its owner). Needs a bearer token; a tier the caller may not see answers 404. Send the ETag read in `If-Match` (428 without it, 412 when stale; nothing is written then).
         */
        delete: operations["segments-delete"];
        options?: never;
        head?: never;
        /**
         * Rename, redefine or share a segment (its owner)
         * @description Rename, redefine or share a segment (its owner). Needs a bearer token; a tier the caller may not see answers 404. Send the ETag read in `If-Match` (428 without it, 412 when stale; nothing is written then).
         */
        patch: operations["segments-update"];
        trace?: never;
    };
    "/api/segments/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The members of a segment, evaluated now (or as of a date), a page at a time
         * @description The members of a segment, evaluated now (or as of a date), a page at a time. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["segments-members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The members of a segment as CSV, streamed
         * @description The members of a segment as CSV, streamed. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["segments-export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Activity by rep, team, medium, direction or week, counting interactions by occurredAt in [from, to)
         * @description Activity by rep, team, medium, direction or week, counting interactions by occurredAt in [from, to). Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["reports-activity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/weekly-digest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A manager’s weekly digest: last week’s team activity, the week before, the tiers most at risk
         * @description A manager’s weekly digest: last week’s team activity, the week before, the tiers most at risk. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["reports-weekly-digest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scoring/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The scoring rules in force
         * @description The scoring rules in force. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["scoring-rules-get"];
        /**
         * Replace the scoring rules (admins)
         * @description Replace the scoring rules (admins). Needs a bearer token; a tier the caller may not see answers 404. `If-Match` is honoured when sent (412 when stale).
         */
        put: operations["scoring-rules-put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A job: its status, progress, and result or error
         * @description Its requester, stewards and admins read it; anyone else, or an id that names no job, gets 404. Poll until `status` is `succeeded` or `failed`. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["jobs-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/retention/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the retention run (CNIL durations) as a job (stewards, admins)
         * @description Start the retention run (CNIL durations) as a job (stewards, admins). Needs a bearer token; a tier the caller may not see answers 404. A repeat with the same `Idempotency-Key` answers the first result.
         */
        post: operations["retention-runs-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/repair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the repair pass as a job (admins)
         * @description Finishes half-done writes and re-derives the indexes; what `npm run repair` does. Needs a bearer token; a tier the caller may not see answers 404. A repeat with the same `Idempotency-Key` answers the first result.
         */
        post: operations["repair-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Background messages parked after every retry, with their last error, newest first (admins)
         * @description Background messages parked after every retry, with their last error, newest first (admins). Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["admin-dead-letters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tiers/{id}/retention-hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Keep a tier past its retention period, with the reason (stewards, admins; audited)
         * @description The retention job then reports the tier under `held` and neither erases nor archives it. Placing a hold again replaces the reason. Needs a bearer token; a tier the caller may not see answers 404. `If-Match` is honoured when sent (412 when stale).
         */
        put: operations["tiers-retention-hold-put"];
        post?: never;
        /**
         * Release a tier’s retention hold (stewards, admins; audited)
         * @description Release a tier’s retention hold (stewards, admins; audited). Needs a bearer token; a tier the caller may not see answers 404. `If-Match` is honoured when sent (412 when stale).
         */
        delete: operations["tiers-retention-hold-delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller’s suggested logs, newest first, each participant with the tiers the pane would show
         * @description The caller’s suggested logs, newest first, each participant with the tiers the pane would show. Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["suggestions-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File a suggestion as the pane would (the body of POST /api/interactions without its source)
         * @description File a suggestion as the pane would (the body of POST /api/interactions without its source). Needs a bearer token; a tier the caller may not see answers 404.
         */
        post: operations["suggestions-accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suggestions/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide a suggestion
         * @description Hide a suggestion. Needs a bearer token; a tier the caller may not see answers 404.
         */
        post: operations["suggestions-dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/capture/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller’s capture settings (off until they opt in)
         * @description The caller’s capture settings (off until they opt in). Needs a bearer token; a tier the caller may not see answers 404.
         */
        get: operations["capture-settings-get"];
        /**
         * Opt in or out of capture, and set the senders or domains never suggested
         * @description Opt in or out of capture, and set the senders or domains never suggested. Needs a bearer token; a tier the caller may not see answers 404.
         */
        put: operations["capture-settings-put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/capture/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Microsoft Graph’s webhook: the validation handshake, change and lifecycle notifications
         * @description With `?validationToken=`, answers the token as text/plain (Graph’s handshake). Otherwise each notification’s client state is checked against its subscription and the valid ones are queued; nothing is read from Graph in the request. A batch with no valid notification is refused (403). Public: no token needed.
         */
        post: operations["capture-notifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActivityReport: {
            from: string;
            to: string;
            groupBy: string;
            rows: components["schemas"]["ActivityRow"][];
            totals: components["schemas"]["ActivityRow"];
        };
        ActivityRow: {
            key: string;
            label: string;
            interactions: number;
            inbound: number;
            outbound: number;
            meetings: number;
            tasksCreated: number;
            tasksDone: number;
            /** @description Follow-ups due in the period (before today) and not done by their due day. */
            tasksOverdue: number;
            newTiers: number;
            prospectToClient: number;
        };
        AuditPage: {
            items: components["schemas"]["AuditRecord"][];
            nextCursor: string | null;
        };
        AuditRecord: {
            id: string;
            at: string;
            actorId: string;
            action: string;
            targetType: string;
            targetId: string;
            details: {
                [key: string]: unknown;
            };
        };
        AuditTrail: {
            items: components["schemas"]["AuditRecord"][];
        };
        /** @description A Bot Framework activity, as the Bot Connector sends it. */
        BotActivity: {
            type: string;
        } & {
            [key: string]: unknown;
        };
        /** @description An invoke response (an Adaptive Card refresh, for instance). */
        BotAnswer: {
            [key: string]: unknown;
        };
        /** @description Opt-in capture of the caller’s mailbox and calendar, and the senders or domains never suggested. */
        CaptureSettings: {
            enabled: boolean;
            neverSuggest: string[];
        };
        CardScores: {
            opportunity: {
                value: number;
                reasons: string[];
                trend: {
                    previous: number | null;
                    delta: number | null;
                    since: string | null;
                };
                contributions: {
                    rule: string;
                    points: number;
                    reason: string;
                }[];
                notes: string[];
            };
            risk: {
                value: number;
                reasons: string[];
                trend: {
                    previous: number | null;
                    delta: number | null;
                    since: string | null;
                };
                contributions: {
                    rule: string;
                    points: number;
                    reason: string;
                }[];
                notes: string[];
            };
            computedAt: string;
        };
        ChangeRequest: {
            id: string;
            tierId: string;
            changes: {
                path: string;
                /** @enum {string} */
                op?: "add" | "replace" | "remove";
                id?: string;
                from?: unknown;
                to?: unknown;
            }[];
            reason: string | null;
            interactionId: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "withdrawn" | "conflicted";
            requestedBy: string;
            requestedByName: string;
            /** Format: date-time */
            requestedAt: string;
            approverIds: string[];
            routing: ("manager" | "steward-group" | "stewards-fallback") | null;
            routingRetry?: boolean;
            decidedBy: string | null;
            decidedByName: string | null;
            decidedAt: string | null;
            comment: string | null;
        };
        ChangeRequestDecision: {
            /** @enum {string} */
            decision: "approve" | "reject";
            comment?: string;
            acknowledgeFreeTextWarnings?: boolean;
        };
        ChangeRequestDraft: {
            tierId: string;
            changes: {
                path: string;
                /** @enum {string} */
                op?: "add" | "replace" | "remove";
                id?: string;
                from?: unknown;
                to?: unknown;
            }[];
            reason?: string;
            interactionId?: string;
            acknowledgeFreeTextWarnings?: boolean;
        };
        ChangeRequestPage: {
            items: components["schemas"]["ChangeRequest"][];
            nextCursor: string | null;
        };
        /** @description The 360° view of a tier: identity, facts, hierarchy, people, relations, timeline, open tasks, pending requests, scores. */
        ClientCard: {
            tier: components["schemas"]["Tier"];
            etag: string;
            facts: components["schemas"]["Fact"][];
            hierarchy: {
                parent: components["schemas"]["TierSummary"] | null;
                establishments: components["schemas"]["TierSummary"][];
                establishmentsPage: {
                    total: number;
                    nextCursor: string | null;
                };
            };
            relations: components["schemas"]["WordedRelation"][];
            relationsPage: {
                total: number;
                nextCursor: string | null;
            };
            people: components["schemas"]["PeoplePage"];
            timeline: components["schemas"]["TimelinePage"];
            openTasks: components["schemas"]["Task"][];
            pendingChangeRequests: components["schemas"]["ChangeRequest"][];
            retention: {
                expiresAt: string | null;
                expired: boolean;
                /** @enum {string} */
                rule: "prospect-no-contact" | "client-after-end" | "active-client";
                reason: string;
                label: string;
            };
            scores: components["schemas"]["CardScores"] | null;
            userNames: {
                [key: string]: string;
            };
        };
        ClientConfig: {
            /** @constant */
            auth: "dev";
        } | {
            /** @constant */
            auth: "naa";
            clientId: string;
            scopes: string[];
            authority?: string;
        };
        ConsentRecord: {
            /** @enum {string} */
            channel: "email" | "phone" | "sms" | "post";
            /** @enum {string} */
            legalBasis: "consent" | "legitimate-interest" | "contract" | "legal-obligation";
            /** @enum {string} */
            status: "granted" | "objected" | "withdrawn" | "unknown";
            source: string;
            date: string;
            /** Format: date-time */
            recordedAt: string;
            recordedBy: string;
        };
        ConsentsUpdate: {
            consents: components["schemas"]["PersonConsent"][];
        };
        ConsentsView: {
            personId: string;
            history: components["schemas"]["ConsentRecord"][];
            channels: {
                /** @enum {string} */
                channel: "email" | "phone" | "sms" | "post";
                latest: components["schemas"]["ConsentRecord"] | null;
                mayProspect: boolean;
            }[];
            prospectingObjection: boolean;
            objectedChannels: ("email" | "phone" | "sms" | "post")[];
        };
        DeadLetter: {
            id: string;
            parkedAt: string;
            attempts: number;
            /** @enum {string} */
            lane: "work" | "jobs";
            message: unknown;
            error: string;
        };
        DeadLetterPage: {
            items: components["schemas"]["DeadLetter"][];
            nextCursor: string | null;
        };
        DevToken: {
            /** @description A JWT signed by the dev issuer, for `Authorization: Bearer`. */
            token: string;
        };
        DevTokenRequest: {
            userId: string;
            name: string;
            roles: ("rep" | "manager" | "steward" | "admin")[];
            teams?: string[];
            /** Format: email */
            email?: string;
        };
        DistinctAnswer: {
            aId: string;
            bId: string;
            /** @constant */
            distinct: true;
        };
        DistinctRequest: {
            aId: string;
            bId: string;
        };
        DuplicatePage: {
            items: components["schemas"]["DuplicatePair"][];
            nextCursor: string | null;
        };
        DuplicatePair: {
            aId: string;
            bId: string;
            score: number;
            reasons: string[];
            evidence: components["schemas"]["MatchReason"][];
            a: components["schemas"]["TierSummary"];
            b: components["schemas"]["TierSummary"];
            richness: {
                a: components["schemas"]["Richness"];
                b: components["schemas"]["Richness"];
            };
            /** @enum {string} */
            keep: "a" | "b";
            /** @enum {string} */
            keepBecause: "interactions" | "relations" | "identifiers" | "facts" | "older";
        };
        /** @enum {string} */
        ErrorCode: "ADMIN.FORBIDDEN" | "AUDIT.FORBIDDEN" | "AUTH.APP_TOKEN_REFUSED" | "AUTH.INVALID_TOKEN" | "AUTH.MISSING_SCOPE" | "AUTH.MISSING_TOKEN" | "AUTH.NO_ROLE" | "BOT.NOT_CONFIGURED" | "CHANGE.ALREADY_APPLIED" | "CAPTURE.NOTIFICATION_REFUSED" | "CHANGE.NOT_FOUND" | "CHANGE-REQUEST.NOT_FOUND" | "CHANGE_REQUEST.ALREADY_DECIDED" | "CHANGE_REQUEST.CONFLICT" | "CHANGE_REQUEST.FORBIDDEN" | "CHANGE_REQUEST.INVALID" | "CHANGE_REQUEST.NOT_APPROVER" | "CHANGE_REQUEST.NOT_REQUESTER" | "CONCURRENCY.IF_MATCH_REQUIRED" | "CONCURRENCY.IF_MATCH_WILDCARD" | "CONCURRENCY.STALE" | "DUPLICATES.FORBIDDEN" | "ERASURE.ALREADY_APPLIED" | "ERASURE.NOT_FOUND" | "FACT.FUTURE" | "FACT.NOT_FOUND" | "FACT.UNKNOWN" | "FREE_TEXT.FLAGGED" | "IMPORT.COLUMNS_MISSING" | "IMPORT.NOT_FOUND" | "IMPORT.UNAVAILABLE" | "INSIGHT.UNAVAILABLE" | "INTERACTION.CHANGED" | "INTERACTION.INVALID_REFERENCE" | "INTERACTION.LOGGED_ELSEWHERE" | "INTERACTION.NOT_FOUND" | "INTERNAL" | "JOB.FAILED" | "JOB.NOT_FOUND" | "JOB.UNAVAILABLE" | "JOB.UNKNOWN_KIND" | "MERGE.NOT_FOUND" | "MERGE.UNDO_EXPIRED" | "MERGE.UNDO_UNSAFE" | "PERSON.FORBIDDEN" | "PERSON.NOT_FOUND" | "RATE.LIMITED" | "RELATION.INVALID_REFERENCE" | "RELATION.KINDS_NOT_ALLOWED" | "RELATION.NOT_FOUND" | "RELATION_TYPE.EXISTS" | "RELATION_TYPE.FORBIDDEN" | "REPAIR.FORBIDDEN" | "REPORT.FORBIDDEN" | "REQUEST.EMPTY_BODY" | "REQUEST.INVALID" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_LARGE" | "REQUEST.UNSUPPORTED_MEDIA_TYPE" | "RETENTION.FORBIDDEN" | "RETENTION.HOLD_FORBIDDEN" | "ROUTE.METHOD_NOT_ALLOWED" | "ROUTE.NOT_FOUND" | "SCORING.FORBIDDEN" | "SCORING.INVALID_RULES" | "SCORING_RULES.NOT_FOUND" | "SEGMENT.FORBIDDEN" | "SEGMENT.INVALID" | "SEGMENT.INVALID_TEAM" | "SEGMENT.NOT_FOUND" | "STORAGE.UNAVAILABLE" | "SUGGESTION.NOT_FOUND" | "TASK.FORBIDDEN" | "TASK.INVALID_REFERENCE" | "TASK.NOT_FOUND" | "TIER.ARCHIVED" | "TIER.CHANGE_REQUEST_REQUIRED" | "TIER.ERASED" | "TIER.EXISTS" | "TIER.FIELD_FORBIDDEN" | "TIER.INVALID_REFERENCE" | "TIER.LIKELY_DUPLICATE" | "TIER.MERGED" | "TIER.MERGE_CONFLICT" | "TIER.MERGE_IDENTITY_CONFLICT" | "TIER.MERGE_INTO_ITSELF" | "TIER.MERGE_KIND_MISMATCH" | "TIER.NOT_FOUND";
        EstablishmentsPage: {
            items: components["schemas"]["TierSummary"][];
            nextCursor: string | null;
            total: number;
        };
        Fact: {
            name: string;
            value: string | number | boolean;
            /** Format: date-time */
            validFrom: string;
            validTo: string | null;
            /** Format: date-time */
            confirmedAt: string;
            recordedBy: string;
            source: {
                /** @enum {string} */
                kind: "api" | "creation" | "change-request" | "import" | "merge";
                id?: string;
            };
            stale: boolean;
        };
        FactDefinitionList: {
            items: {
                name: string;
                label: {
                    fr: string;
                    en: string;
                };
                staleAfterDays: number;
                /** @description The JSON Schema of the values the fact takes. */
                values: {
                    [key: string]: unknown;
                };
            }[];
        };
        FactHistory: {
            items: components["schemas"]["Fact"][];
        };
        FactVersion: {
            name: string;
            value: string | number | boolean;
            /** Format: date-time */
            validFrom: string;
            validTo: string | null;
            /** Format: date-time */
            confirmedAt: string;
            recordedBy: string;
            source: {
                /** @enum {string} */
                kind: "api" | "creation" | "change-request" | "import" | "merge";
                id?: string;
            };
        };
        GraphNotificationBatch: {
            value: ({
                subscriptionId: string;
                clientState?: string;
                changeType?: string;
                /** @enum {string} */
                lifecycleEvent?: "reauthorizationRequired" | "subscriptionRemoved" | "missed";
                resource?: string;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        Health: {
            /** @constant */
            status: "ok";
            /** @enum {string} */
            storage: "azurite" | "azure";
            /** @description Each store probed (tables, queues) and how it answered. */
            checks: {
                [key: string]: "ok" | "unavailable";
            };
        };
        ImportItem: {
            line: number;
            /** @enum {string} */
            outcome: "imported" | "merged" | "already-imported" | "rejected" | "skipped";
            organisations?: {
                tierId: string;
                /** @enum {string} */
                outcome: "created" | "already-imported" | "merged" | "matched";
                intoLine?: number;
                score?: number;
                evidence?: components["schemas"]["MatchReason"][];
                reasons: string[];
            }[];
            person?: {
                tierId: string;
                /** @enum {string} */
                outcome: "created" | "already-imported" | "merged" | "matched";
                organisationIds: string[];
                intoLine?: number;
            };
            problems?: {
                /** @enum {string} */
                problem: "name" | "siren" | "siret" | "email" | "phone" | "website" | "address" | "date" | "lifecycle" | "person" | "csv" | "comment" | "company";
                /** @enum {string} */
                code: "CSV_MALFORMED" | "CSV_QUOTE_UNCLOSED" | "CSV_LINE_TOO_LONG" | "NAME_MISSING" | "NAME_INVALID" | "SIREN_INVALID" | "SIRET_INVALID" | "SIRET_NOT_OF_SIREN" | "EMAIL_INVALID" | "EMAIL_DOMAIN_INVALID" | "PHONE_INVALID" | "WEBSITE_INVALID" | "ADDRESS_INVALID" | "PERSON_INVALID" | "DATE_INVALID" | "LIFECYCLE_UNKNOWN" | "CIVILITY_UNKNOWN" | "PERSON_NAME_MISSING" | "COMMENT_REFUSED" | "ADDRESS_UNPARSED" | "COUNTRY_UNKNOWN" | "PERSONAL_EMAIL_DOMAIN" | "COMPANY_UNKNOWN" | "CONTACT_MISSING";
                field: string;
                value?: string;
                message: string;
            }[];
            warnings?: {
                /** @enum {string} */
                problem: "name" | "siren" | "siret" | "email" | "phone" | "website" | "address" | "date" | "lifecycle" | "person" | "csv" | "comment" | "company";
                /** @enum {string} */
                code: "CSV_MALFORMED" | "CSV_QUOTE_UNCLOSED" | "CSV_LINE_TOO_LONG" | "NAME_MISSING" | "NAME_INVALID" | "SIREN_INVALID" | "SIRET_INVALID" | "SIRET_NOT_OF_SIREN" | "EMAIL_INVALID" | "EMAIL_DOMAIN_INVALID" | "PHONE_INVALID" | "WEBSITE_INVALID" | "ADDRESS_INVALID" | "PERSON_INVALID" | "DATE_INVALID" | "LIFECYCLE_UNKNOWN" | "CIVILITY_UNKNOWN" | "PERSON_NAME_MISSING" | "COMMENT_REFUSED" | "ADDRESS_UNPARSED" | "COUNTRY_UNKNOWN" | "PERSONAL_EMAIL_DOMAIN" | "COMPANY_UNKNOWN" | "CONTACT_MISSING";
                field: string;
                value?: string;
                message: string;
            }[];
        };
        ImportItemsPage: {
            items: components["schemas"]["ImportItem"][];
            nextCursor: string | null;
        };
        ImportProgress: {
            importId: string;
            mappingKey: string;
            recordsDone: number;
            counts: {
                rows: {
                    read: number;
                    imported: number;
                    merged: number;
                    alreadyImported: number;
                    rejected: number;
                    skipped: number;
                };
                organisations: {
                    created: number;
                    mergedInFile: number;
                    matchedInBase: number;
                    alreadyImported: number;
                };
                persons: {
                    created: number;
                    mergedInFile: number;
                    matchedInBase: number;
                    alreadyImported: number;
                    linkedToSeveral: number;
                };
                notes: {
                    logged: number;
                    flaggedComments: number;
                };
            };
            complete: boolean;
            mixed: boolean;
            updatedAt: string;
        };
        Interaction: {
            id: string;
            source: components["schemas"]["LoggedSource"] | null;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @enum {string} */
            medium: "email" | "meeting" | "phone" | "face-to-face" | "sms" | "letter" | "fax" | "event" | "voice-message" | "web-form" | "voice-server";
            /** Format: date-time */
            occurredAt: string;
            scheduledAt: string | null;
            durationMinutes: number | null;
            location: string | null;
            subject: string | null;
            purpose: string | null;
            summary: string | null;
            outcome: string | null;
            participants: {
                tierId: string;
                role?: string;
                name: string;
                /** @enum {string} */
                kind: "organisation" | "person";
            }[];
            colleagues: {
                /** Format: email */
                email: string;
                name?: string;
            }[];
            attachments?: components["schemas"]["InteractionAttachment"][];
            mailbox?: components["schemas"]["ItemMailbox"];
            performedBy: string;
            performedByName: string;
            taskIds: string[];
            changeRequestIds: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        InteractionAddition: {
            participants?: {
                tierId: string;
                role?: string;
            }[];
            tasks?: {
                title: string;
                /** Format: date */
                dueDate?: string;
                assigneeId?: string;
            }[];
            acknowledgeFreeTextWarnings?: boolean;
        };
        InteractionAttachment: {
            name: string;
            size?: number;
            contentType?: string;
            /** Format: uri */
            link?: string;
        };
        InteractionDraft: {
            source?: components["schemas"]["LoggedSource"];
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @enum {string} */
            medium: "email" | "meeting" | "phone" | "face-to-face" | "sms" | "letter" | "fax" | "event" | "voice-message" | "web-form" | "voice-server";
            /** Format: date-time */
            occurredAt: string;
            /** Format: date-time */
            scheduledAt?: string;
            durationMinutes?: number;
            location?: string;
            subject?: string;
            purpose?: string;
            summary?: string;
            outcome?: string;
            participants: {
                tierId: string;
                role?: string;
            }[];
            colleagues?: {
                /** Format: email */
                email: string;
                name?: string;
            }[];
            tasks?: {
                title: string;
                /** Format: date */
                dueDate?: string;
                assigneeId?: string;
            }[];
            changeRequests?: {
                tierId?: string;
                changes: {
                    path: string;
                    /** @enum {string} */
                    op?: "add" | "replace" | "remove";
                    id?: string;
                    from?: unknown;
                    to?: unknown;
                }[];
                reason?: string;
            }[];
            attachments?: components["schemas"]["InteractionAttachment"][];
            mailbox?: components["schemas"]["ItemMailbox"];
            acknowledgeFreeTextWarnings?: boolean;
        };
        InteractionSource: {
            /** @enum {string} */
            kind: "email" | "meeting";
            id: string;
        };
        ItemMailbox: {
            /** Format: email */
            owner: string;
            shared: boolean;
        };
        Job: {
            id: string;
            /** @enum {string} */
            kind: "erasure" | "person-export" | "import" | "merge" | "retention" | "repair";
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            progress: components["schemas"]["JobProgress"];
            result?: unknown;
            error?: components["schemas"]["JobError"];
        };
        JobError: {
            code: components["schemas"]["ErrorCode"];
            message: string;
        };
        JobProgress: {
            done: number;
            total: number;
        };
        LikelyDuplicateProblem: {
            /** @description A URI naming the kind of problem. */
            type: string;
            title: string;
            status: number;
            /** @description What happened, in words a user can act on. */
            detail: string;
            /** @description A stable code such as `TIER.NOT_FOUND`; match on it, not on the words. */
            code: components["schemas"]["ErrorCode"];
            errors: {
                /** @description The offending field, parameter or header. */
                path: string;
                message: string;
            }[];
            candidates: components["schemas"]["MatchCandidate"][];
        } & {
            [key: string]: unknown;
        };
        LoggedSource: {
            /** @enum {string} */
            kind: "email" | "meeting";
            id: string;
            itemId?: string;
            /** Format: uri */
            webLink?: string;
        };
        LookupRequest: {
            emails: string[];
        };
        LookupResponse: {
            results: {
                email: string;
                /** @enum {string} */
                status: "matched" | "ambiguous" | "unknown" | "internal" | "invalid";
                persons: {
                    tier: components["schemas"]["TierSummary"];
                    evidence: {
                        /** @enum {string} */
                        code: "same-email" | "employer-of-person" | "email-domain";
                        detail: string;
                    }[];
                    organisations: {
                        tier: components["schemas"]["TierSummary"];
                        evidence: {
                            /** @enum {string} */
                            code: "same-email" | "employer-of-person" | "email-domain";
                            detail: string;
                        }[];
                    }[];
                }[];
                organisations: {
                    tier: components["schemas"]["TierSummary"];
                    evidence: {
                        /** @enum {string} */
                        code: "same-email" | "employer-of-person" | "email-domain";
                        detail: string;
                    }[];
                }[];
                user?: {
                    id: string;
                    name: string;
                };
                /** @description For an unknown address at a company domain no organisation declares: the organisations whose name the domain spells. */
                suggestions?: components["schemas"]["MatchCandidate"][];
            }[];
        };
        MatchCandidate: {
            tierId: string;
            score: number;
            reasons: string[];
            evidence: components["schemas"]["MatchReason"][];
            tier: components["schemas"]["TierSummary"];
        };
        MatchReason: {
            code: string;
            params: {
                [key: string]: string | number;
            };
        };
        MatchResponse: {
            candidates: components["schemas"]["MatchCandidate"][];
        };
        MeetingIdentity: {
            eventId: string;
            iCalUId: string | null;
            /** @enum {string} */
            unresolved?: "not-configured" | "not-found" | "unavailable";
        };
        MergePicks: {
            [key: string]: "survivor" | "duplicate" | "both";
        };
        MergePreview: {
            survivor: components["schemas"]["TierSummary"];
            duplicate: components["schemas"]["TierSummary"];
            fields: components["schemas"]["MergePreviewField"][];
            moves: {
                relations: number;
                interactions: number;
                interactionsMore: boolean;
                tasks: number;
                changeRequests: number;
            };
            undoHours: number;
        };
        MergePreviewField: {
            field: string;
            survivor: unknown;
            duplicate: unknown;
            result: unknown;
            /** @enum {string} */
            pick: "survivor" | "duplicate" | "both";
            choices: ("survivor" | "duplicate" | "both")[];
            same: boolean;
        };
        MergeRequest: {
            duplicateId: string;
            picks?: components["schemas"]["MergePicks"];
        };
        /** @description How many notifications of the batch were valid and queued, and how many were dropped. */
        NotificationsQueued: {
            accepted: number;
            refused: number;
        };
        /** @description This OpenAPI 3.1 document. */
        OpenApiDocument: {
            [key: string]: unknown;
        };
        Organisation: {
            /** @constant */
            kind: "organisation";
            names: {
                id?: string;
                /** @enum {string} */
                type: "legal" | "commercial" | "sign" | "acronym";
                value: string;
            }[];
            siren?: string;
            siret?: string;
            parentId?: string;
            headOffice?: boolean;
            addresses?: {
                id?: string;
                /**
                 * @default postal
                 * @enum {string}
                 */
                kind: "postal" | "geographic";
                usages?: ("head-office" | "billing" | "delivery" | "site")[];
                lines?: string[];
                poBox?: string;
                postcode?: string;
                city?: string;
                cedex?: string;
                /** @default FR */
                country: string;
                coordinates?: {
                    lat: number;
                    lon: number;
                };
                /** Format: date */
                validFrom?: string;
                /** Format: date */
                validTo?: string;
            }[];
            phones?: {
                id?: string;
                /**
                 * @default other
                 * @enum {string}
                 */
                type: "switchboard" | "direct" | "mobile" | "fax" | "assistant" | "other";
                number: string;
            }[];
            website?: string;
            emailDomains?: string[];
            ownerTeam: string;
            /** @enum {string} */
            confidentiality: "public" | "restricted" | "confidential";
            externalIds?: {
                system: string;
                id: string;
            }[];
            formerAddresses?: {
                id?: string;
                /**
                 * @default postal
                 * @enum {string}
                 */
                kind: "postal" | "geographic";
                usages?: ("head-office" | "billing" | "delivery" | "site")[];
                lines?: string[];
                poBox?: string;
                postcode?: string;
                city?: string;
                cedex?: string;
                /** @default FR */
                country: string;
                coordinates?: {
                    lat: number;
                    lon: number;
                };
                /** Format: date */
                validFrom?: string;
                /** Format: date */
                validTo?: string;
            }[];
            id: string;
            /** @enum {string} */
            lifecycle?: "suspect" | "prospect" | "client" | "former" | "partner" | "competitor";
            owner?: string;
            /** @enum {string} */
            status: "active" | "merged" | "erased" | "archived";
            mergedInto?: string;
            retentionHold?: components["schemas"]["RetentionHold"];
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: date-time */
            updatedAt: string;
        };
        OrganisationDraft: {
            /** @constant */
            kind: "organisation";
            names: {
                id?: string;
                /** @enum {string} */
                type: "legal" | "commercial" | "sign" | "acronym";
                value: string;
            }[];
            siren?: string;
            siret?: string;
            parentId?: string;
            headOffice?: boolean;
            addresses?: {
                id?: string;
                /**
                 * @default postal
                 * @enum {string}
                 */
                kind?: "postal" | "geographic";
                usages?: ("head-office" | "billing" | "delivery" | "site")[];
                lines?: string[];
                poBox?: string;
                postcode?: string;
                city?: string;
                cedex?: string;
                /** @default FR */
                country?: string;
                coordinates?: {
                    lat: number;
                    lon: number;
                };
                /** Format: date */
                validFrom?: string;
                /** Format: date */
                validTo?: string;
            }[];
            phones?: {
                id?: string;
                /**
                 * @default other
                 * @enum {string}
                 */
                type?: "switchboard" | "direct" | "mobile" | "fax" | "assistant" | "other";
                number: string;
            }[];
            website?: string;
            emailDomains?: string[];
            ownerTeam?: string;
            /** @enum {string} */
            confidentiality?: "public" | "restricted" | "confidential";
            externalIds?: {
                system: string;
                id: string;
            }[];
            /** @enum {string} */
            lifecycle?: "suspect" | "prospect" | "client" | "former" | "partner" | "competitor";
        };
        PeoplePage: {
            items: {
                relation: components["schemas"]["WordedRelation"];
                person: {
                    id: string;
                    /** @enum {string} */
                    kind: "organisation" | "person";
                    name: string;
                    lifecycle: string | null;
                    jobTitle: string | null;
                    siren: string | null;
                    city: string | null;
                    emails: string[];
                    prospectingObjection?: boolean;
                    phones: {
                        type: string;
                        number: string;
                    }[];
                    referenceFunction: string | null;
                };
            }[];
            nextCursor: string | null;
            total: number;
        };
        Person: {
            /** @constant */
            kind: "person";
            /** @enum {string} */
            civility?: "Mme" | "M.";
            firstName: string;
            lastName: string;
            emails?: string[];
            phones?: {
                id?: string;
                /**
                 * @default other
                 * @enum {string}
                 */
                type: "switchboard" | "direct" | "mobile" | "fax" | "assistant" | "other";
                number: string;
            }[];
            jobTitle?: string;
            referenceFunction?: string;
            assistant?: string;
            ownerTeam: string;
            /** @enum {string} */
            confidentiality: "public" | "restricted" | "confidential";
            externalIds?: {
                system: string;
                id: string;
            }[];
            id: string;
            /** @enum {string} */
            lifecycle?: "suspect" | "prospect" | "client" | "former" | "partner" | "competitor";
            owner?: string;
            /** @enum {string} */
            status: "active" | "merged" | "erased" | "archived";
            mergedInto?: string;
            retentionHold?: components["schemas"]["RetentionHold"];
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: date-time */
            updatedAt: string;
            consents?: components["schemas"]["ConsentRecord"][];
            prospectingObjection?: boolean;
        };
        PersonConsent: {
            /** @enum {string} */
            channel: "email" | "phone" | "sms" | "post";
            /** @enum {string} */
            legalBasis: "consent" | "legitimate-interest" | "contract" | "legal-obligation";
            /** @enum {string} */
            status: "granted" | "objected" | "withdrawn" | "unknown";
            source: string;
            date: string;
        };
        PersonDraft: {
            /** @constant */
            kind: "person";
            /** @enum {string} */
            civility?: "Mme" | "M.";
            firstName: string;
            lastName: string;
            emails?: string[];
            phones?: {
                id?: string;
                /**
                 * @default other
                 * @enum {string}
                 */
                type?: "switchboard" | "direct" | "mobile" | "fax" | "assistant" | "other";
                number: string;
            }[];
            jobTitle?: string;
            referenceFunction?: string;
            assistant?: string;
            ownerTeam?: string;
            /** @enum {string} */
            confidentiality?: "public" | "restricted" | "confidential";
            externalIds?: {
                system: string;
                id: string;
            }[];
            /** @enum {string} */
            lifecycle?: "suspect" | "prospect" | "client" | "former" | "partner" | "competitor";
            organisationId?: string;
        };
        /** @description Everything Relais holds about a person (GDPR art. 15). */
        PersonExport: {
            exportedAt: string;
            exportedBy: string;
            person: components["schemas"]["Person"];
            facts: components["schemas"]["FactVersion"][];
            consents: components["schemas"]["ConsentRecord"][];
            relations: {
                id: string;
                typeId: string;
                fromId: string;
                toId: string;
                /** @enum {string} */
                status: "ongoing" | "ended";
                startDate: string | null;
                endDate: string | null;
                /** Format: date-time */
                createdAt: string;
                createdBy: string;
                /** Format: date-time */
                updatedAt: string;
                fromName: string;
                /** @enum {string} */
                fromKind: "organisation" | "person";
                toName: string;
                /** @enum {string} */
                toKind: "organisation" | "person";
                fromGuard?: {
                    ownerTeam: string;
                    /** @enum {string} */
                    confidentiality: "public" | "restricted" | "confidential";
                    owner?: string;
                    createdBy: string;
                    /** @enum {string} */
                    status: "active" | "merged" | "erased" | "archived";
                };
                toGuard?: {
                    ownerTeam: string;
                    /** @enum {string} */
                    confidentiality: "public" | "restricted" | "confidential";
                    owner?: string;
                    createdBy: string;
                    /** @enum {string} */
                    status: "active" | "merged" | "erased" | "archived";
                };
            }[];
            interactions: components["schemas"]["Interaction"][];
            mentionedIn: components["schemas"]["Interaction"][];
            tasks: components["schemas"]["Task"][];
            changeRequests: components["schemas"]["ChangeRequest"][];
            audit: components["schemas"]["AuditRecord"][];
        };
        Problem: {
            /** @description A URI naming the kind of problem. */
            type: string;
            title: string;
            status: number;
            /** @description What happened, in words a user can act on. */
            detail: string;
            /** @description A stable code such as `TIER.NOT_FOUND`; match on it, not on the words. */
            code: components["schemas"]["ErrorCode"];
            errors: {
                /** @description The offending field, parameter or header. */
                path: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        ReferenceFunctionList: {
            items: {
                id: string;
                fr: string;
                en: string;
            }[];
        };
        RelationDraft: {
            typeId: string;
            fromId: string;
            toId: string;
            /**
             * @default ongoing
             * @enum {string}
             */
            status?: "ongoing" | "ended";
            /** Format: date */
            startDate?: string;
            /** Format: date */
            endDate?: string;
        };
        RelationPage: {
            items: components["schemas"]["WordedRelation"][];
            nextCursor: string | null;
            total: number;
        };
        RelationPatch: {
            /** @enum {string} */
            status?: "ongoing" | "ended";
            startDate?: string | null;
            endDate?: string | null;
        };
        RelationType: {
            id: string;
            description: string;
            /** @enum {string} */
            nature: "hierarchical" | "reciprocal" | "non-reciprocal";
            fromKinds: ("organisation" | "person")[];
            toKinds: ("organisation" | "person")[];
            labelAtoB: string;
            labelBtoA?: string;
            i18n?: {
                fr?: {
                    labelAtoB: string;
                    labelBtoA?: string;
                };
            };
        };
        RelationTypeDraft: {
            id?: string;
            description: string;
            /** @enum {string} */
            nature: "hierarchical" | "reciprocal" | "non-reciprocal";
            fromKinds: ("organisation" | "person")[];
            toKinds: ("organisation" | "person")[];
            labelAtoB: string;
            labelBtoA?: string;
            i18n?: {
                fr?: {
                    labelAtoB: string;
                    labelBtoA?: string;
                };
            };
        };
        RelationTypeList: {
            items: components["schemas"]["RelationType"][];
        };
        /** @description A relation with both of its tiers named. */
        RelationWithEnds: {
            id: string;
            typeId: string;
            fromId: string;
            toId: string;
            /** @enum {string} */
            status: "ongoing" | "ended";
            startDate: string | null;
            endDate: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: date-time */
            updatedAt: string;
            fromName: string;
            /** @enum {string} */
            fromKind: "organisation" | "person";
            toName: string;
            /** @enum {string} */
            toKind: "organisation" | "person";
        };
        RetentionHold: {
            reason: string;
            heldBy: string;
            /** Format: date-time */
            heldAt: string;
        };
        RetentionHoldRequest: {
            reason: string;
        };
        RetentionHoldView: {
            tierId: string;
            hold: components["schemas"]["RetentionHold"] | null;
        };
        RetentionRunRequest: {
            dryRun?: boolean;
        };
        Richness: {
            interactions: number;
            relations: number;
            identifiers: number;
            facts: number;
        };
        RoutingRetryResult: {
            rerouted: string[];
            stillWaiting: string[];
        };
        ScoreRule: {
            id: string;
            /** @enum {string} */
            score: "opportunity" | "risk";
            /** @constant */
            kind: "no-contact";
            steps: {
                days: number;
                points: number;
            }[];
        } | {
            id: string;
            /** @enum {string} */
            score: "opportunity" | "risk";
            /** @constant */
            kind: "inbound-interest";
            withinDays: number;
            pointsEach: number;
            max: number;
            media?: ("email" | "meeting" | "phone" | "face-to-face" | "sms" | "letter" | "fax" | "event" | "voice-message" | "web-form" | "voice-server")[];
        } | {
            id: string;
            /** @enum {string} */
            score: "opportunity" | "risk";
            /** @constant */
            kind: "frequency";
            withinDays: number;
            weights: {
                [key: string]: number;
            };
            pointsPerWeight: number;
            max: number;
        } | {
            id: string;
            /** @enum {string} */
            score: "opportunity" | "risk";
            /** @constant */
            kind: "recent-meeting";
            withinDays: number;
            points: number;
            media: ("email" | "meeting" | "phone" | "face-to-face" | "sms" | "letter" | "fax" | "event" | "voice-message" | "web-form" | "voice-server")[];
        } | {
            id: string;
            /** @enum {string} */
            score: "opportunity" | "risk";
            /** @constant */
            kind: "unanswered";
            minOutbound: number;
            points: number;
        } | {
            id: string;
            /** @enum {string} */
            score: "opportunity" | "risk";
            /** @constant */
            kind: "overdue-follow-ups";
            pointsEach: number;
            max: number;
        } | {
            id: string;
            /** @enum {string} */
            score: "opportunity" | "risk";
            /** @constant */
            kind: "stale-facts";
            pointsEach: number;
            max: number;
            facts?: string[];
            staleAfterDays?: number;
        } | {
            id: string;
            /** @enum {string} */
            score: "opportunity" | "risk";
            /** @constant */
            kind: "lifecycle";
            points: {
                [key: string]: number;
            };
        } | {
            id: string;
            /** @enum {string} */
            score: "opportunity" | "risk";
            /** @constant */
            kind: "contact-left";
            withinDays: number;
            pointsEach: number;
            max: number;
        } | {
            id: string;
            /** @enum {string} */
            score: "opportunity" | "risk";
            /** @constant */
            kind: "pending-changes";
            pointsEach: number;
            max: number;
        } | {
            id: string;
            /** @enum {string} */
            score: "opportunity" | "risk";
            /** @constant */
            kind: "fact-value";
            fact: string;
            values: (string | number | boolean)[];
            points: number;
            label?: {
                fr: string;
                en: string;
            };
        };
        ScoreRuleSet: {
            rules: components["schemas"]["ScoreRule"][];
            /** @default 3 */
            topReasons: number;
        };
        ScoreRuleSetInput: {
            rules: components["schemas"]["ScoreRule"][];
            /** @default 3 */
            topReasons?: number;
        };
        Segment: {
            id: string;
            name: string;
            description: string | null;
            definition: components["schemas"]["SegmentCondition"];
            sharedWithTeams: string[];
            owner: string;
            ownerName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SegmentCondition: {
            /** @constant */
            type: "attribute";
            /** @enum {string} */
            attribute: "kind" | "name" | "city" | "postalCode" | "siren" | "ownerTeam" | "confidentiality" | "owner" | "createdBy" | "createdAt" | "referenceFunction" | "jobTitle";
            /** @enum {string} */
            op: "eq" | "ne" | "in" | "notIn" | "contains" | "startsWith" | "gt" | "gte" | "lt" | "lte" | "exists" | "missing";
            value?: (string | number | boolean) | (string | number | boolean)[];
        } | {
            /** @constant */
            type: "fact";
            fact: string;
            /** @enum {string} */
            op: "eq" | "ne" | "in" | "notIn" | "contains" | "startsWith" | "gt" | "gte" | "lt" | "lte" | "exists" | "missing";
            value?: (string | number | boolean) | (string | number | boolean)[];
            asOf?: string;
        } | {
            /** @constant */
            type: "relation";
            relationType: string;
            /**
             * @default any
             * @enum {string}
             */
            side: "from" | "to" | "any";
            /**
             * @default ongoing
             * @enum {string}
             */
            status: "ongoing" | "ended" | "any";
            /**
             * @default gte
             * @enum {string}
             */
            op: "eq" | "ne" | "gt" | "gte" | "lt" | "lte";
            /** @default 1 */
            value: number;
        } | {
            /** @constant */
            type: "interactions";
            window: {
                lastDays: number;
            } | {
                from: string;
                to: string;
            };
            /** @enum {string} */
            direction?: "inbound" | "outbound";
            media?: ("email" | "meeting" | "phone" | "face-to-face" | "sms" | "letter" | "fax" | "event" | "voice-message" | "web-form" | "voice-server")[];
            /** @enum {string} */
            op: "eq" | "ne" | "gt" | "gte" | "lt" | "lte";
            value: number;
        } | {
            /** @constant */
            type: "score";
            /** @enum {string} */
            score: "opportunity" | "risk";
            /** @enum {string} */
            op: "eq" | "ne" | "gt" | "gte" | "lt" | "lte";
            value: number;
        } | {
            /** @constant */
            type: "tasks";
            /** @enum {string} */
            state: "open" | "overdue";
            /** @enum {string} */
            op: "eq" | "ne" | "gt" | "gte" | "lt" | "lte";
            value: number;
        } | {
            /** @constant */
            type: "and";
            conditions: components["schemas"]["SegmentCondition"][];
        } | {
            /** @constant */
            type: "or";
            conditions: components["schemas"]["SegmentCondition"][];
        } | {
            /** @constant */
            type: "not";
            condition: components["schemas"]["SegmentCondition"];
        };
        SegmentConditionInput: {
            /** @constant */
            type: "attribute";
            /** @enum {string} */
            attribute: "kind" | "name" | "city" | "postalCode" | "siren" | "ownerTeam" | "confidentiality" | "owner" | "createdBy" | "createdAt" | "referenceFunction" | "jobTitle";
            /** @enum {string} */
            op: "eq" | "ne" | "in" | "notIn" | "contains" | "startsWith" | "gt" | "gte" | "lt" | "lte" | "exists" | "missing";
            value?: (string | number | boolean) | (string | number | boolean)[];
        } | {
            /** @constant */
            type: "fact";
            fact: string;
            /** @enum {string} */
            op: "eq" | "ne" | "in" | "notIn" | "contains" | "startsWith" | "gt" | "gte" | "lt" | "lte" | "exists" | "missing";
            value?: (string | number | boolean) | (string | number | boolean)[];
            asOf?: string;
        } | {
            /** @constant */
            type: "relation";
            relationType: string;
            /**
             * @default any
             * @enum {string}
             */
            side?: "from" | "to" | "any";
            /**
             * @default ongoing
             * @enum {string}
             */
            status?: "ongoing" | "ended" | "any";
            /**
             * @default gte
             * @enum {string}
             */
            op?: "eq" | "ne" | "gt" | "gte" | "lt" | "lte";
            /** @default 1 */
            value?: number;
        } | {
            /** @constant */
            type: "interactions";
            window: {
                lastDays: number;
            } | {
                from: string;
                to: string;
            };
            /** @enum {string} */
            direction?: "inbound" | "outbound";
            media?: ("email" | "meeting" | "phone" | "face-to-face" | "sms" | "letter" | "fax" | "event" | "voice-message" | "web-form" | "voice-server")[];
            /** @enum {string} */
            op: "eq" | "ne" | "gt" | "gte" | "lt" | "lte";
            value: number;
        } | {
            /** @constant */
            type: "score";
            /** @enum {string} */
            score: "opportunity" | "risk";
            /** @enum {string} */
            op: "eq" | "ne" | "gt" | "gte" | "lt" | "lte";
            value: number;
        } | {
            /** @constant */
            type: "tasks";
            /** @enum {string} */
            state: "open" | "overdue";
            /** @enum {string} */
            op: "eq" | "ne" | "gt" | "gte" | "lt" | "lte";
            value: number;
        } | {
            /** @constant */
            type: "and";
            conditions: components["schemas"]["SegmentConditionInput"][];
        } | {
            /** @constant */
            type: "or";
            conditions: components["schemas"]["SegmentConditionInput"][];
        } | {
            /** @constant */
            type: "not";
            condition: components["schemas"]["SegmentConditionInput"];
        };
        SegmentDraft: {
            name: string;
            description?: string;
            definition: components["schemas"]["SegmentConditionInput"];
            sharedWithTeams?: string[];
        };
        SegmentList: {
            items: components["schemas"]["Segment"][];
        };
        SegmentMember: {
            id: string;
            /** @enum {string} */
            kind: "organisation" | "person";
            name: string;
            lifecycle: string | null;
            ownerTeam: string;
            city: string | null;
            lastContact: string | null;
            opportunity: number;
            risk: number;
        };
        SegmentMembersPage: {
            items: components["schemas"]["SegmentMember"][];
            nextCursor: string | null;
            asOf: string;
        };
        SegmentPatch: {
            name?: string;
            description?: string | null;
            definition?: components["schemas"]["SegmentConditionInput"];
            sharedWithTeams?: string[];
        };
        SegmentPreview: {
            definition: components["schemas"]["SegmentConditionInput"];
            asOf?: string;
        };
        /** @description How many tiers the rule selects now, and the first few. */
        SegmentPreviewResult: {
            count: number;
            sample: components["schemas"]["SegmentMember"][];
            asOf: string;
        };
        /** @description A message or meeting with known clients, offered for filing; nothing is filed until the rep accepts. */
        Suggestion: {
            id: string;
            source: components["schemas"]["InteractionSource"];
            subject: string | null;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @enum {string} */
            medium: "email" | "meeting" | "phone" | "face-to-face" | "sms" | "letter" | "fax" | "event" | "voice-message" | "web-form" | "voice-server";
            participants: {
                emailAddress: string;
                displayName: string | null;
                /** @enum {string} */
                role: "from" | "to" | "cc" | "organizer" | "attendee";
                /** @enum {string} */
                status: "matched" | "ambiguous" | "unknown" | "internal" | "invalid";
                matches: components["schemas"]["SuggestionMatch"][];
            }[];
            /** Format: date-time */
            expiresAt: string;
        };
        SuggestionAccept: {
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @enum {string} */
            medium: "email" | "meeting" | "phone" | "face-to-face" | "sms" | "letter" | "fax" | "event" | "voice-message" | "web-form" | "voice-server";
            /** Format: date-time */
            occurredAt: string;
            /** Format: date-time */
            scheduledAt?: string;
            durationMinutes?: number;
            location?: string;
            subject?: string;
            purpose?: string;
            summary?: string;
            outcome?: string;
            participants: {
                tierId: string;
                role?: string;
            }[];
            colleagues?: {
                /** Format: email */
                email: string;
                name?: string;
            }[];
            tasks?: {
                title: string;
                /** Format: date */
                dueDate?: string;
                assigneeId?: string;
            }[];
            changeRequests?: {
                tierId?: string;
                changes: {
                    path: string;
                    /** @enum {string} */
                    op?: "add" | "replace" | "remove";
                    id?: string;
                    from?: unknown;
                    to?: unknown;
                }[];
                reason?: string;
            }[];
            attachments?: components["schemas"]["InteractionAttachment"][];
            mailbox?: components["schemas"]["ItemMailbox"];
            acknowledgeFreeTextWarnings?: boolean;
        };
        SuggestionDismissed: {
            id: string;
            /** @constant */
            status: "dismissed";
        };
        SuggestionMatch: {
            tier: components["schemas"]["TierSummary"];
            evidence: {
                /** @enum {string} */
                code: "same-email" | "employer-of-person" | "email-domain";
                detail: string;
            }[];
            organisations?: {
                tier: components["schemas"]["TierSummary"];
                evidence: {
                    /** @enum {string} */
                    code: "same-email" | "employer-of-person" | "email-domain";
                    detail: string;
                }[];
            }[];
        };
        SuggestionPage: {
            items: components["schemas"]["Suggestion"][];
            nextCursor: string | null;
        };
        Task: {
            id: string;
            title: string;
            dueDate: string | null;
            assigneeId: string;
            /** @enum {string} */
            status: "open" | "done";
            tierIds: string[];
            interactionId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            doneAt: string | null;
            doneBy: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        TaskDraft: {
            title: string;
            /** Format: date */
            dueDate?: string;
            assigneeId?: string;
            tierIds?: string[];
            acknowledgeFreeTextWarnings?: boolean;
        };
        TaskPage: {
            items: components["schemas"]["Task"][];
            nextCursor: string | null;
        };
        TaskPatch: {
            title?: string;
            dueDate?: string | null;
            assigneeId?: string;
            /** @enum {string} */
            status?: "open" | "done";
            acknowledgeFreeTextWarnings?: boolean;
        };
        Tier: components["schemas"]["Organisation"] | components["schemas"]["Person"];
        TierDraft: components["schemas"]["OrganisationDraft"] | components["schemas"]["PersonDraft"];
        TierPatch: {
            names?: {
                id?: string;
                /** @enum {string} */
                type: "legal" | "commercial" | "sign" | "acronym";
                value: string;
            }[];
            siren?: string;
            siret?: string;
            parentId?: string;
            headOffice?: boolean;
            addresses?: {
                id?: string;
                /**
                 * @default postal
                 * @enum {string}
                 */
                kind?: "postal" | "geographic";
                usages?: ("head-office" | "billing" | "delivery" | "site")[];
                lines?: string[];
                poBox?: string;
                postcode?: string;
                city?: string;
                cedex?: string;
                /** @default FR */
                country?: string;
                coordinates?: {
                    lat: number;
                    lon: number;
                };
                /** Format: date */
                validFrom?: string;
                /** Format: date */
                validTo?: string;
            }[];
            phones?: {
                id?: string;
                /**
                 * @default other
                 * @enum {string}
                 */
                type?: "switchboard" | "direct" | "mobile" | "fax" | "assistant" | "other";
                number: string;
            }[];
            website?: string;
            emailDomains?: string[];
            ownerTeam?: string;
            /** @enum {string} */
            confidentiality?: "public" | "restricted" | "confidential";
            externalIds?: {
                system: string;
                id: string;
            }[];
            /** @enum {string} */
            lifecycle?: "suspect" | "prospect" | "client" | "former" | "partner" | "competitor";
            owner?: string;
        } | {
            /** @enum {string} */
            civility?: "Mme" | "M.";
            firstName?: string;
            lastName?: string;
            emails?: string[];
            phones?: {
                id?: string;
                /**
                 * @default other
                 * @enum {string}
                 */
                type?: "switchboard" | "direct" | "mobile" | "fax" | "assistant" | "other";
                number: string;
            }[];
            jobTitle?: string;
            referenceFunction?: string;
            assistant?: string;
            ownerTeam?: string;
            /** @enum {string} */
            confidentiality?: "public" | "restricted" | "confidential";
            externalIds?: {
                system: string;
                id: string;
            }[];
            /** @enum {string} */
            lifecycle?: "suspect" | "prospect" | "client" | "former" | "partner" | "competitor";
            owner?: string;
        };
        TierSearchPage: {
            items: components["schemas"]["TierSummary"][];
            nextCursor: string | null;
        };
        TierSummary: {
            id: string;
            /** @enum {string} */
            kind: "organisation" | "person";
            name: string;
            lifecycle: string | null;
            jobTitle: string | null;
            siren: string | null;
            city: string | null;
            emails: string[];
            prospectingObjection?: boolean;
        };
        TimelineEntry: {
            interactionId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @enum {string} */
            medium: "email" | "meeting" | "phone" | "face-to-face" | "sms" | "letter" | "fax" | "event" | "voice-message" | "web-form" | "voice-server";
            subject: string | null;
            purpose: string | null;
            outcome: string | null;
            summary?: string | null;
            performedBy: string;
            performedByName: string;
            participants: {
                tierId: string;
                name: string;
            }[];
            taskIds: string[];
            attachments?: {
                name: string;
                size?: number;
            }[];
            mailbox?: components["schemas"]["ItemMailbox"];
        };
        TimelinePage: {
            items: components["schemas"]["TimelineEntry"][];
            nextCursor: string | null;
        };
        WeeklyDigest: {
            week: string;
            from: string;
            to: string;
            teams: string[];
            totals: components["schemas"]["ActivityRow"];
            previousTotals: components["schemas"]["ActivityRow"];
            reps: components["schemas"]["ActivityRow"][];
            atRisk: {
                tierId: string;
                name: string;
                risk: number;
                reason: string | null;
            }[];
        };
        /** @description A relation worded from one of its tiers: "works for ACME", "employs Jeanne Martin". */
        WordedRelation: {
            id: string;
            typeId: string;
            fromId: string;
            toId: string;
            /** @enum {string} */
            status: "ongoing" | "ended";
            startDate: string | null;
            endDate: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            side: "from" | "to";
            other: {
                id: string;
                /** @enum {string} */
                kind: "organisation" | "person";
                name: string;
            };
            label: string;
            sentence: string;
        };
    };
    responses: never;
    parameters: {
        /** @description The ETag read; honoured when sent (412 when stale). */
        IfMatch: string;
        /** @description The ETag read (428 without it, 412 when stale, nothing written). */
        IfMatchRequired: string;
        /** @description Any unique string of 1 to 200 characters; a repeat with the same key answers the first result instead of creating again. */
        IdempotencyKey: string;
        /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
        AcceptLanguage: string;
    };
    requestBodies: never;
    headers: {
        /** @description The version read; send it back in `If-Match` to change the resource. */
        ETag: string;
        /** @description Where the created resource is. */
        Location: string;
        /** @description The file name to save the answer under. */
        "Content-Disposition": string;
        /** @description `true` while the built-in rules are in force (none saved yet). */
        "X-Relais-Default": "true" | "false";
        /** @description Seconds to wait before trying again. */
        "Retry-After": number;
        /** @description Always `Bearer`. */
        "WWW-Authenticate": string;
    };
    pathItems: never;
}
export type ActivityReport = components['schemas']['ActivityReport'];
export type ActivityRow = components['schemas']['ActivityRow'];
export type AuditPage = components['schemas']['AuditPage'];
export type AuditRecord = components['schemas']['AuditRecord'];
export type AuditTrail = components['schemas']['AuditTrail'];
export type BotActivity = components['schemas']['BotActivity'];
export type BotAnswer = components['schemas']['BotAnswer'];
export type CaptureSettings = components['schemas']['CaptureSettings'];
export type CardScores = components['schemas']['CardScores'];
export type ChangeRequest = components['schemas']['ChangeRequest'];
export type ChangeRequestDecision = components['schemas']['ChangeRequestDecision'];
export type ChangeRequestDraft = components['schemas']['ChangeRequestDraft'];
export type ChangeRequestPage = components['schemas']['ChangeRequestPage'];
export type ClientCard = components['schemas']['ClientCard'];
export type ClientConfig = components['schemas']['ClientConfig'];
export type ConsentRecord = components['schemas']['ConsentRecord'];
export type ConsentsUpdate = components['schemas']['ConsentsUpdate'];
export type ConsentsView = components['schemas']['ConsentsView'];
export type DeadLetter = components['schemas']['DeadLetter'];
export type DeadLetterPage = components['schemas']['DeadLetterPage'];
export type DevToken = components['schemas']['DevToken'];
export type DevTokenRequest = components['schemas']['DevTokenRequest'];
export type DistinctAnswer = components['schemas']['DistinctAnswer'];
export type DistinctRequest = components['schemas']['DistinctRequest'];
export type DuplicatePage = components['schemas']['DuplicatePage'];
export type DuplicatePair = components['schemas']['DuplicatePair'];
export type ErrorCode = components['schemas']['ErrorCode'];
export type EstablishmentsPage = components['schemas']['EstablishmentsPage'];
export type Fact = components['schemas']['Fact'];
export type FactDefinitionList = components['schemas']['FactDefinitionList'];
export type FactHistory = components['schemas']['FactHistory'];
export type FactVersion = components['schemas']['FactVersion'];
export type GraphNotificationBatch = components['schemas']['GraphNotificationBatch'];
export type Health = components['schemas']['Health'];
export type ImportItem = components['schemas']['ImportItem'];
export type ImportItemsPage = components['schemas']['ImportItemsPage'];
export type ImportProgress = components['schemas']['ImportProgress'];
export type Interaction = components['schemas']['Interaction'];
export type InteractionAddition = components['schemas']['InteractionAddition'];
export type InteractionAttachment = components['schemas']['InteractionAttachment'];
export type InteractionDraft = components['schemas']['InteractionDraft'];
export type InteractionSource = components['schemas']['InteractionSource'];
export type ItemMailbox = components['schemas']['ItemMailbox'];
export type Job = components['schemas']['Job'];
export type JobError = components['schemas']['JobError'];
export type JobProgress = components['schemas']['JobProgress'];
export type LikelyDuplicateProblem = components['schemas']['LikelyDuplicateProblem'];
export type LoggedSource = components['schemas']['LoggedSource'];
export type LookupRequest = components['schemas']['LookupRequest'];
export type LookupResponse = components['schemas']['LookupResponse'];
export type MatchCandidate = components['schemas']['MatchCandidate'];
export type MatchReason = components['schemas']['MatchReason'];
export type MatchResponse = components['schemas']['MatchResponse'];
export type MeetingIdentity = components['schemas']['MeetingIdentity'];
export type MergePicks = components['schemas']['MergePicks'];
export type MergePreview = components['schemas']['MergePreview'];
export type MergePreviewField = components['schemas']['MergePreviewField'];
export type MergeRequest = components['schemas']['MergeRequest'];
export type NotificationsQueued = components['schemas']['NotificationsQueued'];
export type OpenApiDocument = components['schemas']['OpenApiDocument'];
export type Organisation = components['schemas']['Organisation'];
export type OrganisationDraft = components['schemas']['OrganisationDraft'];
export type PeoplePage = components['schemas']['PeoplePage'];
export type Person = components['schemas']['Person'];
export type PersonConsent = components['schemas']['PersonConsent'];
export type PersonDraft = components['schemas']['PersonDraft'];
export type PersonExport = components['schemas']['PersonExport'];
export type Problem = components['schemas']['Problem'];
export type ReferenceFunctionList = components['schemas']['ReferenceFunctionList'];
export type RelationDraft = components['schemas']['RelationDraft'];
export type RelationPage = components['schemas']['RelationPage'];
export type RelationPatch = components['schemas']['RelationPatch'];
export type RelationType = components['schemas']['RelationType'];
export type RelationTypeDraft = components['schemas']['RelationTypeDraft'];
export type RelationTypeList = components['schemas']['RelationTypeList'];
export type RelationWithEnds = components['schemas']['RelationWithEnds'];
export type RetentionHold = components['schemas']['RetentionHold'];
export type RetentionHoldRequest = components['schemas']['RetentionHoldRequest'];
export type RetentionHoldView = components['schemas']['RetentionHoldView'];
export type RetentionRunRequest = components['schemas']['RetentionRunRequest'];
export type Richness = components['schemas']['Richness'];
export type RoutingRetryResult = components['schemas']['RoutingRetryResult'];
export type ScoreRule = components['schemas']['ScoreRule'];
export type ScoreRuleSet = components['schemas']['ScoreRuleSet'];
export type ScoreRuleSetInput = components['schemas']['ScoreRuleSetInput'];
export type Segment = components['schemas']['Segment'];
export type SegmentCondition = components['schemas']['SegmentCondition'];
export type SegmentConditionInput = components['schemas']['SegmentConditionInput'];
export type SegmentDraft = components['schemas']['SegmentDraft'];
export type SegmentList = components['schemas']['SegmentList'];
export type SegmentMember = components['schemas']['SegmentMember'];
export type SegmentMembersPage = components['schemas']['SegmentMembersPage'];
export type SegmentPatch = components['schemas']['SegmentPatch'];
export type SegmentPreview = components['schemas']['SegmentPreview'];
export type SegmentPreviewResult = components['schemas']['SegmentPreviewResult'];
export type Suggestion = components['schemas']['Suggestion'];
export type SuggestionAccept = components['schemas']['SuggestionAccept'];
export type SuggestionDismissed = components['schemas']['SuggestionDismissed'];
export type SuggestionMatch = components['schemas']['SuggestionMatch'];
export type SuggestionPage = components['schemas']['SuggestionPage'];
export type Task = components['schemas']['Task'];
export type TaskDraft = components['schemas']['TaskDraft'];
export type TaskPage = components['schemas']['TaskPage'];
export type TaskPatch = components['schemas']['TaskPatch'];
export type Tier = components['schemas']['Tier'];
export type TierDraft = components['schemas']['TierDraft'];
export type TierPatch = components['schemas']['TierPatch'];
export type TierSearchPage = components['schemas']['TierSearchPage'];
export type TierSummary = components['schemas']['TierSummary'];
export type TimelineEntry = components['schemas']['TimelineEntry'];
export type TimelinePage = components['schemas']['TimelinePage'];
export type WeeklyDigest = components['schemas']['WeeklyDigest'];
export type WordedRelation = components['schemas']['WordedRelation'];
export type ParameterIfMatch = components['parameters']['IfMatch'];
export type ParameterIfMatchRequired = components['parameters']['IfMatchRequired'];
export type ParameterIdempotencyKey = components['parameters']['IdempotencyKey'];
export type ParameterAcceptLanguage = components['parameters']['AcceptLanguage'];
export type HeaderETag = components['headers']['ETag'];
export type HeaderLocation = components['headers']['Location'];
export type HeaderContentDisposition = components['headers']['Content-Disposition'];
export type HeaderXRelaisDefault = components['headers']['X-Relais-Default'];
export type HeaderRetryAfter = components['headers']['Retry-After'];
export type HeaderWwwAuthenticate = components['headers']['WWW-Authenticate'];
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openapi: {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
        };
    };
    "dev-token": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": "claire.martin",
                 *       "name": "Claire Martin",
                 *       "roles": [
                 *         "rep"
                 *       ],
                 *       "teams": [
                 *         "nord"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DevTokenRequest"];
            };
        };
        responses: {
            /** @description The token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevToken"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `ROUTE.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/route-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "ROUTE.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reference-functions": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The functions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceFunctionList"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "fact-definitions": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The definitions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactDefinitionList"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-search": {
        parameters: {
            query: {
                /** @description The words to search for (each matches the start of a word of a name, accent- and case-insensitive), or an e-mail, a phone, a SIREN or a SIRET. */
                q: string;
                /** @description Only organisations or only persons; with `id`, what the source is. */
                kind?: "organisation" | "person";
                /** @description How many items a page holds. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The best matches first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierSearchPage"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-create": {
        parameters: {
            query?: {
                /** @description `distinct`: create the tier even though it looks like one that exists (recorded, so the pair is not proposed again). */
                confirm?: "distinct";
            };
            header?: {
                /** @description Any unique string of 1 to 200 characters; a repeat with the same key answers the first result instead of creating again. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "organisation",
                 *       "names": [
                 *         {
                 *           "type": "legal",
                 *           "value": "Brasserie Lemaire SARL"
                 *         }
                 *       ],
                 *       "siren": "732829320",
                 *       "lifecycle": "prospect"
                 *     }
                 */
                "application/json": components["schemas"]["TierDraft"];
            };
        };
        responses: {
            /** @description The tier created earlier with the same Idempotency-Key. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tier"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tier"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `TIER.LIKELY_DUPLICATE`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-likely-duplicate",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "TIER.LIKELY_DUPLICATE",
                     *       "errors": [],
                     *       "candidates": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["LikelyDuplicateProblem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable content: `TIER.INVALID_REFERENCE`, `FREE_TEXT.FLAGGED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-invalid-reference",
                     *       "title": "Unprocessable content",
                     *       "status": 422,
                     *       "detail": "Unprocessable content",
                     *       "code": "TIER.INVALID_REFERENCE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-get": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tier. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tier"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `TIER.MERGED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merged",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "TIER.MERGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-update": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag read (428 without it, 412 when stale, nothing written). */
                "If-Match": components["parameters"]["IfMatchRequired"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TierPatch"];
            };
        };
        responses: {
            /** @description The tier as saved. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tier"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `TIER.FIELD_FORBIDDEN`, `TIER.CHANGE_REQUEST_REQUIRED`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-field-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "TIER.FIELD_FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `TIER.MERGED`, `TIER.ARCHIVED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merged",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "TIER.MERGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: `CONCURRENCY.STALE`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/concurrency-stale",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "Precondition failed",
                     *       "code": "CONCURRENCY.STALE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable content: `TIER.INVALID_REFERENCE`, `FREE_TEXT.FLAGGED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-invalid-reference",
                     *       "title": "Unprocessable content",
                     *       "status": 422,
                     *       "detail": "Unprocessable content",
                     *       "code": "TIER.INVALID_REFERENCE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required: `CONCURRENCY.IF_MATCH_REQUIRED`. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/concurrency-if-match-required",
                     *       "title": "Precondition required",
                     *       "status": 428,
                     *       "detail": "Precondition required",
                     *       "code": "CONCURRENCY.IF_MATCH_REQUIRED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-card": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientCard"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `TIER.MERGED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merged",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "TIER.MERGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-timeline": {
        parameters: {
            query?: {
                /** @description How many items a page holds. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description Only interactions by this medium. */
                medium?: string;
                /** @description Only inbound or only outbound interactions. */
                direction?: "inbound" | "outbound";
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the timeline. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `TIER.MERGED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merged",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "TIER.MERGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-relations": {
        parameters: {
            query?: {
                /** @description How many items a page holds. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description The language of the words in the answer (`fr` or `en`), overriding Accept-Language. */
                lang?: "fr" | "en";
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of relations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationPage"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `TIER.MERGED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merged",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "TIER.MERGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-people": {
        parameters: {
            query?: {
                /** @description How many items a page holds. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description The language of the words in the answer (`fr` or `en`), overriding Accept-Language. */
                lang?: "fr" | "en";
                /** @description The words to search for (each matches the start of a word of a name, accent- and case-insensitive), or an e-mail, a phone, a SIREN or a SIRET. */
                q?: string;
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of people. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeoplePage"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `TIER.MERGED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merged",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "TIER.MERGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-establishments": {
        parameters: {
            query?: {
                /** @description How many items a page holds. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description The words to search for (each matches the start of a word of a name, accent- and case-insensitive), or an e-mail, a phone, a SIREN or a SIRET. */
                q?: string;
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of establishments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstablishmentsPage"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `TIER.MERGED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merged",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "TIER.MERGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-fact-history": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
                /** @description The name. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactHistory"];
                };
            };
            /** @description Bad request: `FACT.UNKNOWN`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/fact-unknown",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "FACT.UNKNOWN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `TIER.MERGED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merged",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "TIER.MERGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-fact-confirm": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
                /** @description The name. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fact, confirmed today. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fact"];
                };
            };
            /** @description Bad request: `FACT.UNKNOWN`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/fact-unknown",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "FACT.UNKNOWN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`, `FACT.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `TIER.MERGED`, `TIER.ARCHIVED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merged",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "TIER.MERGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    lookup: {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "emails": [
                 *         "jeanne.lemaire@brasserie-lemaire.fr"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["LookupRequest"];
            };
        };
        responses: {
            /** @description One result per address, in order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LookupResponse"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-match": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TierDraft"];
            };
        };
        responses: {
            /** @description The candidates, best first; a score of 0.8 or more means likely the same tier. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchResponse"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-duplicates": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The candidates, best first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchResponse"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `TIER.MERGED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merged",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "TIER.MERGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-merge": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag read; honoured when sent (412 when stale). */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeRequest"];
            };
        };
        responses: {
            /** @description The survivor. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tier"];
                };
            };
            /** @description Accepted: the job, followed at its Location (GET /api/jobs/{id}); its result is the survivor */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `DUPLICATES.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/duplicates-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "DUPLICATES.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `TIER.MERGED`, `TIER.MERGE_CONFLICT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merged",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "TIER.MERGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: `CONCURRENCY.STALE`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/concurrency-stale",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "Precondition failed",
                     *       "code": "CONCURRENCY.STALE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable content: `TIER.MERGE_INTO_ITSELF`, `TIER.MERGE_KIND_MISMATCH`, `TIER.MERGE_IDENTITY_CONFLICT`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merge-into-itself",
                     *       "title": "Unprocessable content",
                     *       "status": 422,
                     *       "detail": "Unprocessable content",
                     *       "code": "TIER.MERGE_INTO_ITSELF",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-merge-preview": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeRequest"];
            };
        };
        responses: {
            /** @description Each field and fact, as the survivor and the duplicate hold it and as the merge would leave it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergePreview"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `DUPLICATES.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/duplicates-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "DUPLICATES.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `TIER.MERGED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merged",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "TIER.MERGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable content: `TIER.MERGE_INTO_ITSELF`, `TIER.INVALID_REFERENCE`, `TIER.MERGE_KIND_MISMATCH`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merge-into-itself",
                     *       "title": "Unprocessable content",
                     *       "status": 422,
                     *       "detail": "Unprocessable content",
                     *       "code": "TIER.MERGE_INTO_ITSELF",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-merge-undo": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeRequest"];
            };
        };
        responses: {
            /** @description The survivor as it was before the merge. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tier"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `DUPLICATES.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/duplicates-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "DUPLICATES.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `MERGE.NOT_FOUND`, `MERGE.UNDO_EXPIRED`, `MERGE.UNDO_UNSAFE`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/merge-not-found",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "MERGE.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "duplicates-list": {
        parameters: {
            query?: {
                /** @description How many items a page holds. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description Only pairs scoring at least this much. */
                minScore?: number;
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of pairs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicatePage"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `DUPLICATES.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/duplicates-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "DUPLICATES.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "duplicates-distinct": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DistinctRequest"];
            };
        };
        responses: {
            /** @description Recorded: the pair is not proposed again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistinctAnswer"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `DUPLICATES.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/duplicates-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "DUPLICATES.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable content: `TIER.INVALID_REFERENCE`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-invalid-reference",
                     *       "title": "Unprocessable content",
                     *       "status": 422,
                     *       "detail": "Unprocessable content",
                     *       "code": "TIER.INVALID_REFERENCE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "imports-create": {
        parameters: {
            query?: {
                /** @description `true`: check and report without writing anything. */
                dryRun?: "true" | "false";
                /** @description A vendor's export layout (companies or contacts, told by the header); `mapping` then adds the customer's own columns (an ImportMappingPatch). */
                from?: "hubspot" | "salesforce" | "pipedrive";
                /** @description An ImportMapping as JSON: which column holds what (default: the legacy CRM export). */
                mapping?: string;
            };
            header?: {
                /** @description Any unique string of 1 to 200 characters; a repeat with the same key answers the first result instead of creating again. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Accepted: the job, followed at its Location (GET /api/jobs/{id}); its result is the quality report (ImportReportAnswer) */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Bad request: `REQUEST.EMPTY_BODY`, `REQUEST.INVALID`, `IMPORT.COLUMNS_MISSING`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-empty-body",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.EMPTY_BODY",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `DUPLICATES.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/duplicates-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "DUPLICATES.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "imports-get": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The importId. */
                importId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkpoint of the file (its id is the report's importId) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportProgress"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `IMPORT.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/import-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "IMPORT.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "imports-items": {
        parameters: {
            query?: {
                /** @description How many items a page holds. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description The `dryRun` parameter. */
                dryRun?: "true" | "false";
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The importId. */
                importId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of items in line order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportItemsPage"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `IMPORT.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/import-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "IMPORT.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "relation-types-list": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationTypeList"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "relation-types-create": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelationTypeDraft"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationType"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `RELATION_TYPE.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/relation-type-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "RELATION_TYPE.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `RELATION_TYPE.EXISTS`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/relation-type-exists",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "RELATION_TYPE.EXISTS",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "relations-create": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of 1 to 200 characters; a repeat with the same key answers the first result instead of creating again. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelationDraft"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationWithEnds"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable content: `RELATION.INVALID_REFERENCE`, `RELATION.KINDS_NOT_ALLOWED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/relation-invalid-reference",
                     *       "title": "Unprocessable content",
                     *       "status": 422,
                     *       "detail": "Unprocessable content",
                     *       "code": "RELATION.INVALID_REFERENCE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "relations-get": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The relation. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationWithEnds"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `RELATION.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/relation-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "RELATION.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "relations-update": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag read (428 without it, 412 when stale, nothing written). */
                "If-Match": components["parameters"]["IfMatchRequired"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelationPatch"];
            };
        };
        responses: {
            /** @description The relation as saved. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationWithEnds"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `RELATION.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/relation-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "RELATION.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: `CONCURRENCY.STALE`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/concurrency-stale",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "Precondition failed",
                     *       "code": "CONCURRENCY.STALE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required: `CONCURRENCY.IF_MATCH_REQUIRED`. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/concurrency-if-match-required",
                     *       "title": "Precondition required",
                     *       "status": 428,
                     *       "detail": "Precondition required",
                     *       "code": "CONCURRENCY.IF_MATCH_REQUIRED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "interactions-log": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of 1 to 200 characters; a repeat with the same key answers the first result instead of creating again. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "source": {
                 *         "kind": "email",
                 *         "id": "<CAF1234@mail.example.fr>"
                 *       },
                 *       "direction": "inbound",
                 *       "medium": "email",
                 *       "occurredAt": "2026-03-14T09:30:00+01:00",
                 *       "subject": "Commande de printemps",
                 *       "participants": [
                 *         {
                 *           "tierId": "org-brasserie-lemaire"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["InteractionDraft"];
            };
        };
        responses: {
            /** @description This source (or Idempotency-Key) was logged already: the existing interaction. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interaction"];
                };
            };
            /** @description Logged. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interaction"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `INTERACTION.LOGGED_ELSEWHERE`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/interaction-logged-elsewhere",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "INTERACTION.LOGGED_ELSEWHERE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable content: `INTERACTION.INVALID_REFERENCE`, `FREE_TEXT.FLAGGED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/interaction-invalid-reference",
                     *       "title": "Unprocessable content",
                     *       "status": 422,
                     *       "detail": "Unprocessable content",
                     *       "code": "INTERACTION.INVALID_REFERENCE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "interactions-by-source": {
        parameters: {
            query: {
                /** @description Only organisations or only persons; with `id`, what the source is. */
                kind: "email" | "meeting";
                /** @description The source’s id: the e-mail’s `internetMessageId` or the meeting’s `iCalUId`. */
                id: string;
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interaction. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interaction"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `INTERACTION.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/interaction-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "INTERACTION.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "interactions-get": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interaction. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interaction"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `INTERACTION.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/interaction-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "INTERACTION.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "interactions-add": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag read; honoured when sent (412 when stale). */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InteractionAddition"];
            };
        };
        responses: {
            /** @description The interaction as saved. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interaction"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `INTERACTION.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/interaction-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "INTERACTION.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: `CONCURRENCY.STALE`, `INTERACTION.CHANGED`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/concurrency-stale",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "Precondition failed",
                     *       "code": "CONCURRENCY.STALE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable content: `INTERACTION.INVALID_REFERENCE`, `FREE_TEXT.FLAGGED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/interaction-invalid-reference",
                     *       "title": "Unprocessable content",
                     *       "status": 422,
                     *       "detail": "Unprocessable content",
                     *       "code": "INTERACTION.INVALID_REFERENCE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "meetings-identity": {
        parameters: {
            query: {
                /** @description The Outlook event id of the meeting. */
                eventId: string;
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting’s identity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingIdentity"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tasks-list": {
        parameters: {
            query?: {
                /** @description Whose tasks: `me` (the default) or a user id (managers, stewards and admins). */
                assignee?: string;
                /** @description Only items in this status. */
                status?: "open" | "done";
                /** @description How many items a page holds. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks, soonest due first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `TASK.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/task-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "TASK.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tasks-create": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of 1 to 200 characters; a repeat with the same key answers the first result instead of creating again. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskDraft"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable content: `TASK.INVALID_REFERENCE`, `FREE_TEXT.FLAGGED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/task-invalid-reference",
                     *       "title": "Unprocessable content",
                     *       "status": 422,
                     *       "detail": "Unprocessable content",
                     *       "code": "TASK.INVALID_REFERENCE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tasks-get": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TASK.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/task-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TASK.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tasks-update": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag read (428 without it, 412 when stale, nothing written). */
                "If-Match": components["parameters"]["IfMatchRequired"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskPatch"];
            };
        };
        responses: {
            /** @description The task as saved. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `TASK.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/task-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "TASK.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TASK.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/task-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TASK.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: `CONCURRENCY.STALE`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/concurrency-stale",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "Precondition failed",
                     *       "code": "CONCURRENCY.STALE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable content: `FREE_TEXT.FLAGGED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/free-text-flagged",
                     *       "title": "Unprocessable content",
                     *       "status": 422,
                     *       "detail": "Unprocessable content",
                     *       "code": "FREE_TEXT.FLAGGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required: `CONCURRENCY.IF_MATCH_REQUIRED`. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/concurrency-if-match-required",
                     *       "title": "Precondition required",
                     *       "status": 428,
                     *       "detail": "Precondition required",
                     *       "code": "CONCURRENCY.IF_MATCH_REQUIRED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "change-requests-list": {
        parameters: {
            query?: {
                /** @description Only items in this status. */
                status?: "pending" | "approved" | "rejected" | "withdrawn" | "conflicted";
                /** @description Only those about this tier. */
                tierId?: string;
                /** @description Only those the caller requested, or those waiting for the caller’s decision. */
                mine?: "requested" | "to-decide";
                /** @description How many items a page holds. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of requests, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestPage"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "change-requests-create": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of 1 to 200 characters; a repeat with the same key answers the first result instead of creating again. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRequestDraft"];
            };
        };
        responses: {
            /** @description Requested and routed to its approvers. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequest"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`, `CHANGE_REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable content: `FREE_TEXT.FLAGGED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/free-text-flagged",
                     *       "title": "Unprocessable content",
                     *       "status": 422,
                     *       "detail": "Unprocessable content",
                     *       "code": "FREE_TEXT.FLAGGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "change-requests-get": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequest"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `CHANGE-REQUEST.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/change-request-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "CHANGE-REQUEST.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "change-requests-decide": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRequestDecision"];
            };
        };
        responses: {
            /** @description The request as decided. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequest"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `CHANGE_REQUEST.NOT_APPROVER`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/change-request-not-approver",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "CHANGE_REQUEST.NOT_APPROVER",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `CHANGE-REQUEST.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/change-request-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "CHANGE-REQUEST.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `CHANGE_REQUEST.ALREADY_DECIDED`, `CHANGE_REQUEST.CONFLICT`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/change-request-already-decided",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "CHANGE_REQUEST.ALREADY_DECIDED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "change-requests-withdraw": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request, withdrawn. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequest"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `CHANGE_REQUEST.NOT_REQUESTER`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/change-request-not-requester",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "CHANGE_REQUEST.NOT_REQUESTER",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `CHANGE-REQUEST.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/change-request-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "CHANGE-REQUEST.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `CHANGE_REQUEST.ALREADY_DECIDED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/change-request-already-decided",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "CHANGE_REQUEST.ALREADY_DECIDED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "change-requests-audit": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trail, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrail"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `CHANGE-REQUEST.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/change-request-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "CHANGE-REQUEST.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "change-requests-retry-routing": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was routed again and what still waits. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingRetryResult"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `CHANGE_REQUEST.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/change-request-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "CHANGE_REQUEST.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "client-config": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sign-in configuration; no secrets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientConfig"];
                };
            };
        };
    };
    "bot-messages": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BotActivity"];
            };
        };
        responses: {
            /** @description The bot’s answer (an invoke response), when it has one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BotAnswer"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `BOT.NOT_CONFIGURED`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/bot-not-configured",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "BOT.NOT_CONFIGURED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "persons-consents-get": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consents. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentsView"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `TIER.MERGED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merged",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "TIER.MERGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "persons-consents-put": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentsUpdate"];
            };
        };
        responses: {
            /** @description The consents as saved. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentsView"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `TIER.MERGED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merged",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "TIER.MERGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "persons-export": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export, as a file to save. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonExport"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `PERSON.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/person-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "PERSON.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PERSON.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/person-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "PERSON.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "persons-export-job": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of 1 to 200 characters; a repeat with the same key answers the first result instead of creating again. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: the job, followed at its Location (GET /api/jobs/{id}); its result is the export (PersonExport). */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `PERSON.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/person-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "PERSON.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PERSON.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/person-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "PERSON.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "persons-erase": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of 1 to 200 characters; a repeat with the same key answers the first result instead of creating again. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: the job, followed at its Location (GET /api/jobs/{id}); its result is what the erasure touched, in counts (ErasureReport) */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `PERSON.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/person-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "PERSON.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PERSON.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/person-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "PERSON.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "audit-list": {
        parameters: {
            query?: {
                /** @description Only those about this tier. */
                tierId?: string;
                /** @description Only those by this user. */
                userId?: string;
                /** @description How many items a page holds. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUDIT.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/audit-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUDIT.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "segments-list": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The segments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentList"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `INSIGHT.UNAVAILABLE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/insight-unavailable",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "INSIGHT.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "segments-create": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SegmentDraft"];
            };
        };
        responses: {
            /** @description Saved. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Segment"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`, `SEGMENT.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `INSIGHT.UNAVAILABLE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/insight-unavailable",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "INSIGHT.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable content: `SEGMENT.INVALID_TEAM`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/segment-invalid-team",
                     *       "title": "Unprocessable content",
                     *       "status": 422,
                     *       "detail": "Unprocessable content",
                     *       "code": "SEGMENT.INVALID_TEAM",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "segments-preview": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SegmentPreview"];
            };
        };
        responses: {
            /** @description The count and a sample. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentPreviewResult"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`, `SEGMENT.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `INSIGHT.UNAVAILABLE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/insight-unavailable",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "INSIGHT.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "segments-get": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The segment. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Segment"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `SEGMENT.NOT_FOUND`, `INSIGHT.UNAVAILABLE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/segment-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "SEGMENT.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "segments-delete": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag read (428 without it, 412 when stale, nothing written). */
                "If-Match": components["parameters"]["IfMatchRequired"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `SEGMENT.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/segment-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "SEGMENT.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `SEGMENT.NOT_FOUND`, `INSIGHT.UNAVAILABLE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/segment-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "SEGMENT.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: `CONCURRENCY.STALE`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/concurrency-stale",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "Precondition failed",
                     *       "code": "CONCURRENCY.STALE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required: `CONCURRENCY.IF_MATCH_REQUIRED`. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/concurrency-if-match-required",
                     *       "title": "Precondition required",
                     *       "status": 428,
                     *       "detail": "Precondition required",
                     *       "code": "CONCURRENCY.IF_MATCH_REQUIRED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "segments-update": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag read (428 without it, 412 when stale, nothing written). */
                "If-Match": components["parameters"]["IfMatchRequired"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SegmentPatch"];
            };
        };
        responses: {
            /** @description The segment as saved. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Segment"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`, `SEGMENT.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `SEGMENT.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/segment-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "SEGMENT.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `SEGMENT.NOT_FOUND`, `INSIGHT.UNAVAILABLE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/segment-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "SEGMENT.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: `CONCURRENCY.STALE`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/concurrency-stale",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "Precondition failed",
                     *       "code": "CONCURRENCY.STALE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable content: `SEGMENT.INVALID_TEAM`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/segment-invalid-team",
                     *       "title": "Unprocessable content",
                     *       "status": 422,
                     *       "detail": "Unprocessable content",
                     *       "code": "SEGMENT.INVALID_TEAM",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required: `CONCURRENCY.IF_MATCH_REQUIRED`. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/concurrency-if-match-required",
                     *       "title": "Precondition required",
                     *       "status": 428,
                     *       "detail": "Precondition required",
                     *       "code": "CONCURRENCY.IF_MATCH_REQUIRED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "segments-members": {
        parameters: {
            query?: {
                /** @description Evaluate as of this date (default: now). */
                asOf?: string;
                /** @description How many items a page holds. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description The language of the words in the answer (`fr` or `en`), overriding Accept-Language. */
                lang?: string;
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentMembersPage"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `SEGMENT.NOT_FOUND`, `INSIGHT.UNAVAILABLE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/segment-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "SEGMENT.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "segments-export": {
        parameters: {
            query?: {
                /** @description Evaluate as of this date (default: now). */
                asOf?: string;
                /** @description The language of the words in the answer (`fr` or `en`), overriding Accept-Language. */
                lang?: string;
                /** @description The `separator` parameter. */
                separator?: "comma" | "semicolon";
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file (UTF-8 with BOM). */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `SEGMENT.NOT_FOUND`, `INSIGHT.UNAVAILABLE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/segment-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "SEGMENT.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports-activity": {
        parameters: {
            query: {
                /** @description The first day of the period (included). */
                from: string;
                /** @description The day after the period (excluded). */
                to: string;
                /** @description How rows are grouped. */
                groupBy?: "rep" | "team" | "medium" | "direction" | "week";
                /** @description Only this rep’s activity. */
                rep?: string;
                /** @description The language of the words in the answer (`fr` or `en`), overriding Accept-Language. */
                lang?: string;
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows and their totals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityReport"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `REPORT.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/report-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "REPORT.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `INSIGHT.UNAVAILABLE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/insight-unavailable",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "INSIGHT.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "reports-weekly-digest": {
        parameters: {
            query?: {
                /** @description A day of the week to report on (default: last week). */
                day?: string;
                /** @description The language of the words in the answer (`fr` or `en`), overriding Accept-Language. */
                lang?: "fr" | "en";
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The digest. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WeeklyDigest"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `REPORT.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/report-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "REPORT.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `INSIGHT.UNAVAILABLE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/insight-unavailable",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "INSIGHT.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "scoring-rules-get": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Relais-Default": components["headers"]["X-Relais-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreRuleSet"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `INSIGHT.UNAVAILABLE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/insight-unavailable",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "INSIGHT.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "scoring-rules-put": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag read; honoured when sent (412 when stale). */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreRuleSetInput"];
            };
        };
        responses: {
            /** @description The rules as saved. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreRuleSet"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`, `SCORING.INVALID_RULES`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `SCORING.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/scoring-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "SCORING.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `INSIGHT.UNAVAILABLE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/insight-unavailable",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "INSIGHT.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: `CONCURRENCY.STALE`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/concurrency-stale",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "Precondition failed",
                     *       "code": "CONCURRENCY.STALE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "jobs-get": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `JOB.NOT_FOUND`, `JOB.UNAVAILABLE`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/job-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "JOB.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "retention-runs-create": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of 1 to 200 characters; a repeat with the same key answers the first result instead of creating again. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RetentionRunRequest"];
            };
        };
        responses: {
            /** @description Accepted: the job, followed at its Location (GET /api/jobs/{id}); its result counts what was purged or anonymised. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `RETENTION.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/retention-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "RETENTION.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "repair-create": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string of 1 to 200 characters; a repeat with the same key answers the first result instead of creating again. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: the job, followed at its Location (GET /api/jobs/{id}); its result counts what was repaired. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `REPAIR.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/repair-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "REPAIR.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "admin-dead-letters": {
        parameters: {
            query?: {
                /** @description How many items a page holds. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of parked messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterPage"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `ADMIN.FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/admin-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "ADMIN.FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-retention-hold-put": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag read; honoured when sent (412 when stale). */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetentionHoldRequest"];
            };
        };
        responses: {
            /** @description The hold as saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionHoldView"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `RETENTION.HOLD_FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/retention-hold-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "RETENTION.HOLD_FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `TIER.MERGED`, `TIER.ARCHIVED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merged",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "TIER.MERGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: `CONCURRENCY.STALE`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/concurrency-stale",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "Precondition failed",
                     *       "code": "CONCURRENCY.STALE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable content: `FREE_TEXT.FLAGGED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/free-text-flagged",
                     *       "title": "Unprocessable content",
                     *       "status": 422,
                     *       "detail": "Unprocessable content",
                     *       "code": "FREE_TEXT.FLAGGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required: `CONCURRENCY.IF_MATCH_WILDCARD`. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/concurrency-if-match-wildcard",
                     *       "title": "Precondition required",
                     *       "status": 428,
                     *       "detail": "Precondition required",
                     *       "code": "CONCURRENCY.IF_MATCH_WILDCARD",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "tiers-retention-hold-delete": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag read; honoured when sent (412 when stale). */
                "If-Match"?: components["parameters"]["IfMatch"];
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tier without hold (`hold: null`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionHoldView"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `RETENTION.HOLD_FORBIDDEN`, `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/retention-hold-forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "RETENTION.HOLD_FORBIDDEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `TIER.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "TIER.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `TIER.MERGED`, `TIER.ARCHIVED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-merged",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "TIER.MERGED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: `TIER.ERASED`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/tier-erased",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "detail": "Gone",
                     *       "code": "TIER.ERASED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed: `CONCURRENCY.STALE`. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/concurrency-stale",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "Precondition failed",
                     *       "code": "CONCURRENCY.STALE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required: `CONCURRENCY.IF_MATCH_WILDCARD`. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/concurrency-if-match-wildcard",
                     *       "title": "Precondition required",
                     *       "status": 428,
                     *       "detail": "Precondition required",
                     *       "code": "CONCURRENCY.IF_MATCH_WILDCARD",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "suggestions-list": {
        parameters: {
            query?: {
                /** @description How many items a page holds. */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
            };
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of suggestions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionPage"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "suggestions-accept": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuggestionAccept"];
            };
        };
        responses: {
            /** @description Its source was logged meanwhile: the existing interaction. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interaction"];
                };
            };
            /** @description Logged. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interaction"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `SUGGESTION.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/suggestion-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "SUGGESTION.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `INTERACTION.LOGGED_ELSEWHERE`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/interaction-logged-elsewhere",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflict",
                     *       "code": "INTERACTION.LOGGED_ELSEWHERE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable content: `INTERACTION.INVALID_REFERENCE`, `FREE_TEXT.FLAGGED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/interaction-invalid-reference",
                     *       "title": "Unprocessable content",
                     *       "status": 422,
                     *       "detail": "Unprocessable content",
                     *       "code": "INTERACTION.INVALID_REFERENCE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "suggestions-dismiss": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The opaque id the server gave the resource. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dismissed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionDismissed"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `SUGGESTION.NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/suggestion-not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "SUGGESTION.NOT_FOUND",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "capture-settings-get": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaptureSettings"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "capture-settings-put": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaptureSettings"];
            };
        };
        responses: {
            /** @description The settings as saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaptureSettings"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unauthorized",
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `AUTH.NO_ROLE`, `AUTH.MISSING_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/auth-no-role",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "AUTH.NO_ROLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `RATE.LIMITED`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "code": "RATE.LIMITED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable: `STORAGE.UNAVAILABLE`. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/storage-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "Service unavailable",
                     *       "code": "STORAGE.UNAVAILABLE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "capture-notifications": {
        parameters: {
            query?: never;
            header?: {
                /** @description French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GraphNotificationBatch"];
            };
        };
        responses: {
            /** @description The validation token, echoed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsQueued"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID`, `REQUEST.MALFORMED_JSON`, `REQUEST.EMPTY_BODY`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-invalid",
                     *       "title": "Bad request",
                     *       "status": 400,
                     *       "detail": "Bad request",
                     *       "code": "REQUEST.INVALID",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `CAPTURE.NOTIFICATION_REFUSED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/capture-notification-refused",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Forbidden",
                     *       "code": "CAPTURE.NOTIFICATION_REFUSED",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload too large: `REQUEST.TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "Payload too large",
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type: `REQUEST.UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://relais.dev/problems/request-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "errors": []
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
