using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Callers;
using Platform.Sdk.Disclosure;
using Platform.Sdk.Indicators;
using Platform.Sdk.Tenancy;

namespace Platform.SampleModule.Notes;

/// <summary>
/// Two indicators over the notes written in the queried period: notes per month, and the distinct authors (a count of
/// people, so it carries its cell and reports publish it through the SDK's disclosure control). One provider answers
/// for both, as a module may.
/// </summary>
public sealed class NoteActivityIndicators(ITenantDbContextFactory<NotesDb> notes, SampleOptions options) : IIndicatorProvider
{
    public const string NotesByMonth = "sample.notes-by-month";
    public const string Authors = "sample.authors";

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        new(NotesByMonth, "Noter pr. måned", "Notes per month", "notes", ["municipality", "month"], CountsPeople: false),
        new(Authors, "Forfattere", "Authors", "people", ["municipality"], CountsPeople: true),
    ];

    public async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        await Task.Delay(options.IndicatorDelay, cancellationToken);
        var from = new DateTimeOffset(query.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var until = new DateTimeOffset(query.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var values = new List<IndicatorValue>();
        foreach (var code in query.MunicipalityCodes)
        {
            await using var db = await notes.OpenAsync(code, AccessLevel.Aggregate, cancellationToken);
            var written = await db.Notes.Where(n => n.CreatedAt >= from && n.CreatedAt < until)
                .Select(n => new { n.CreatedAt, n.AuthorEmail }).ToListAsync(cancellationToken);
            values.AddRange(written.GroupBy(n => n.CreatedAt.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
                .Select(month => new IndicatorValue(NotesByMonth,
                    new Dictionary<string, string> { ["municipality"] = code, ["month"] = month.Key }, month.Count())));
            var authors = written.Select(n => n.AuthorEmail).Where(author => author != "").Distinct().ToList();
            // An author is one person: counted once, with one key that does not depend on the period (the smallest
            // record key among all of the author's notes in the municipality, not only those written in the period).
            var keys = await db.Notes.Where(n => authors.Contains(n.AuthorEmail)).GroupBy(n => n.AuthorEmail)
                .Select(author => (long)author.Min(n => n.RecordKey)).ToListAsync(cancellationToken);
            values.Add(IndicatorValue.OfPeople(Authors, new Dictionary<string, string> { ["municipality"] = code },
                PeopleCount.FromKeySum(keys.Count, keys.Sum())));
        }

        return values;
    }
}
