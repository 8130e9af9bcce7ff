using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Callers;
using Platform.Sdk.Directory;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;
using Platform.Surveys.Data;
using Platform.Surveys.Definitions;

namespace Platform.Surveys.Collection;

/// <summary>
/// One import stream: checks each response, writes them in batches inside one transaction and commits at the end,
/// so the caller's acknowledgement means every response is durable, and a refused response leaves nothing behind.
/// </summary>
internal sealed class ResponseImporter(ITenantDbContextFactory<SurveysDb> databases, IMunicipalityDirectory directory) : IAsyncDisposable
{
    private const int BatchSize = 2000;
    private const string BatchSavepoint = "surveys_import_batch";

    private readonly Dictionary<(Guid Survey, int Version), SurveyDefinition> definitions = [];
    private readonly HashSet<string> checkedAreas = [];
    private readonly Dictionary<Guid, ResponseRecord> pending = [];
    private readonly List<Guid> pendingOrder = [];
    private readonly List<CheckedAnswer[]> pendingAnswers = [];
    private readonly HashSet<Guid> seen = [];
    private readonly List<Guid> duplicateIds = [];
    private SurveysDb? db;
    private IDbContextTransaction? transaction;
    private string municipalityCode = "";
    private int index;
    private int stored;

    public async Task AddAsync(ImportResponseRequest request, CancellationToken cancellationToken)
    {
        var prefix = $"responses[{index}].";
        index++;
        if (db is null)
        {
            db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken);
            municipalityCode = request.MunicipalityCode;
            transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        }

        var surveyId = SurveyIds.Parse(request.SurveyId, prefix + "survey_id");
        var answeredOn = default(DateOnly);
        new Validation()
            .Check(request.MunicipalityCode == municipalityCode, prefix + "municipality_code", "must be the same in every message of one import")
            .Check(Guid.TryParse(request.ResponseId, out var responseId) && responseId != Guid.Empty, prefix + "response_id", "must be a UUID")
            .Check(DateOnly.TryParseExact(request.AnsweredOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out answeredOn),
                prefix + "answered_on", "must be a date, YYYY-MM-DD")
            .ThrowIfInvalid();
        await CheckLocalAreaAsync(request.LocalAreaId, prefix + "local_area_id", cancellationToken);
        var definition = await DefinitionAsync(surveyId, request.Version, prefix, cancellationToken);
        var answers = AnswerValidation.Check(definition, [.. request.Answers.Select(SubmittedAnswer.From)], request.AgeBand, prefix);
        if (!seen.Add(responseId))
        {
            duplicateIds.Add(responseId);
            return;
        }

        pendingOrder.Add(responseId);
        pending[responseId] = ResponseRows.Response(responseId, municipalityCode, surveyId, request.Version, request.LocalAreaId,
            (int)definition.Audience, request.AgeBand, answeredOn);
        pendingAnswers.Add([.. answers]);
        if (pending.Count >= BatchSize)
        {
            await FlushAsync(cancellationToken);
        }
    }

    /// <summary>Commits the import; returns how many responses were stored and the ids that were stored before.</summary>
    public async Task<(int Stored, IReadOnlyList<Guid> DuplicateIds)> CommitAsync(CancellationToken cancellationToken)
    {
        if (db is not null)
        {
            await FlushAsync(cancellationToken);
            await transaction!.CommitAsync(cancellationToken);
        }

        return (stored, duplicateIds);
    }

    public async ValueTask DisposeAsync()
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync();
        }

        if (db is not null)
        {
            await db.DisposeAsync();
        }
    }

    /// <summary>
    /// Writes the pending responses that are not stored yet. A response id stored by a link submit or another import
    /// after the check (a race) makes the insert fail: the batch goes back to its savepoint and is written again
    /// without the ids now found, so such a response counts as a duplicate, as it would have a moment later.
    /// </summary>
    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var known = await StoredAlreadyAsync(cancellationToken);
        while (true)
        {
            await transaction!.CreateSavepointAsync(BatchSavepoint, cancellationToken);
            try
            {
                await InsertPendingAsync(known, cancellationToken);
                await transaction.ReleaseSavepointAsync(BatchSavepoint, cancellationToken);
                break;
            }
            catch (DbException)
            {
                await transaction.RollbackToSavepointAsync(BatchSavepoint, cancellationToken);
                var now = await StoredAlreadyAsync(cancellationToken);
                if (now.IsSubsetOf(known))
                {
                    // Not a response stored meanwhile: a real fault, which fails the whole import.
                    throw;
                }

                known = now;
            }
        }

        for (var i = 0; i < pendingOrder.Count; i++)
        {
            if (known.Contains(pendingOrder[i]))
            {
                duplicateIds.Add(pendingOrder[i]);
            }
        }

        stored += pendingOrder.Count - known.Count;
        pending.Clear();
        pendingOrder.Clear();
        pendingAnswers.Clear();
    }

    private async Task<HashSet<Guid>> StoredAlreadyAsync(CancellationToken cancellationToken)
    {
        var ids = pendingOrder;
        var existing = await db!.Responses.IgnoreQueryFilters().Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        return [.. existing];
    }

    private async Task InsertPendingAsync(HashSet<Guid> known, CancellationToken cancellationToken)
    {
        var newResponses = new List<ResponseRecord>(pendingOrder.Count);
        var newAnswers = new List<AnswerRecord>(pendingOrder.Count * 8);
        for (var i = 0; i < pendingOrder.Count; i++)
        {
            if (!known.Contains(pendingOrder[i]))
            {
                var response = pending[pendingOrder[i]];
                newResponses.Add(response);
                newAnswers.AddRange(ResponseRows.Answers(response, pendingAnswers[i]));
            }
        }

        // Inserted in bulk (multi-row statements, tenancy checked) inside the import's transaction and savepoint.
        await db!.BulkInsertAsync(newResponses, cancellationToken);
        await db.BulkInsertAsync(newAnswers, cancellationToken);
    }

    private async Task<SurveyDefinition> DefinitionAsync(Guid surveyId, int version, string prefix, CancellationToken cancellationToken)
    {
        if (definitions.TryGetValue((surveyId, version), out var known))
        {
            return known;
        }

        var survey = await db!.FindSurveyAsync(surveyId, cancellationToken)
            ?? throw new InvalidInputException([new FieldViolation(prefix + "survey_id", "must be a survey of the municipality or a published survey of a partnership it is a member of")]);
        await MembershipCheck.RequireCollectingAsync(directory, municipalityCode, survey, cancellationToken);
        var found = await db!.FindVersionAsync(survey, version, cancellationToken)
            ?? throw new InvalidInputException([new FieldViolation(prefix + "version", $"must be a version of survey {surveyId}")]);
        if (!found.Published)
        {
            throw new PreconditionFailedException($"Version {version} of survey {surveyId} is a draft; only published versions take answers.");
        }

        return definitions[(surveyId, version)] = DefinitionJson.Read(found.DefinitionJson);
    }

    private async Task CheckLocalAreaAsync(string localAreaId, string field, CancellationToken cancellationToken)
    {
        if (localAreaId.Length == 0 || checkedAreas.Contains(localAreaId))
        {
            return;
        }

        await LocalAreaCheck.RequireAsync(directory, municipalityCode, localAreaId, field, cancellationToken);
        checkedAreas.Add(localAreaId);
    }
}
