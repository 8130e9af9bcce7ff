using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Callers;
using Platform.Sdk.Indicators;
using Platform.Sdk.Tenancy;

namespace Platform.SampleModule.Notes;

public sealed class NoteIndicators(ITenantDbContextFactory<NotesDb> notes, SampleOptions options) : IIndicatorProvider
{
    public const string NotesPerMunicipality = "sample.notes";

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
        [new(NotesPerMunicipality, "Noter", "Notes", "notes", ["municipality"], CountsPeople: false)];

    public async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        await Task.Delay(options.IndicatorDelay, cancellationToken);
        var values = new List<IndicatorValue>();
        foreach (var code in query.MunicipalityCodes)
        {
            await using var db = await notes.OpenAsync(code, AccessLevel.Aggregate, cancellationToken);
            values.Add(new IndicatorValue(NotesPerMunicipality, new Dictionary<string, string> { ["municipality"] = code },
                await db.Notes.CountAsync(cancellationToken)));
        }

        return values;
    }
}
