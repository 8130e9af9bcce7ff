using Microsoft.AspNetCore.Http;
using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Web.Plan;

/// <summary>
/// The workstreams as the edit form holds them: every workstream of the plan, each with a box to remove it, and one
/// empty row for a new one. What the person typed is read back from the posted form, so nothing is lost on a failure.
/// </summary>
internal sealed class WorkstreamsForm
{
    public int Version { get; set; }

    /// <summary>The rows; the last is the new workstream, ignored while it is empty.</summary>
    public List<Row> Rows { get; } = [];

    public static WorkstreamsForm Of(PartnershipPlan plan)
    {
        var form = new WorkstreamsForm { Version = plan.Version };
        form.Rows.AddRange(plan.Workstreams.Select(w => new Row(
            w.Id, w.TitleDa, w.TitleEn, ((int)w.Topic).ToString(System.Globalization.CultureInfo.InvariantCulture), w.StartDate, w.EndDate, w.Responsible, w.Note, false)));
        form.Rows.Add(Row.Empty);
        return form;
    }

    public static WorkstreamsForm Read(IFormCollection posted)
    {
        var form = new WorkstreamsForm { Version = int.TryParse(posted["version"], out var version) ? version : 0 };
        var count = int.TryParse(posted["rows"], out var rows) ? Math.Clamp(rows, 0, 21) : 0;
        for (var i = 0; i < count; i++)
        {
            string Value(string name) => posted[$"ws-{i}-{name}"].ToString();
            form.Rows.Add(new Row(Value("id"), Value("da"), Value("en"), Value("topic"), Value("start"), Value("end"), Value("responsible"),
                Value("note"), Value("remove") == "on"));
        }

        return form;
    }

    /// <summary>The rows that go to the plan, by their index in the form: not removed, and the new one only when filled in.</summary>
    public IReadOnlyList<int> Included() =>
    [
        .. Rows.Select((row, index) => (row, index))
            .Where(pair => !pair.row.Remove && (pair.row.Id.Length > 0 || !pair.row.IsEmpty))
            .Select(pair => pair.index),
    ];

    public UpdateWorkstreamsRequest ToRequest(string partnershipId) => new()
    {
        PartnershipId = partnershipId,
        ExpectedVersion = Version,
        Workstreams =
        {
            Included().Select(index => Rows[index]).Select(row => new Workstream
            {
                Id = row.Id,
                TitleDa = row.TitleDa,
                TitleEn = row.TitleEn,
                Topic = int.TryParse(row.Topic, out var topic) ? (WorkstreamTopic)topic : WorkstreamTopic.Unspecified,
                StartDate = row.StartDate,
                EndDate = row.EndDate,
                Responsible = row.Responsible,
                Note = row.Note,
            }),
        },
    };

    internal sealed record Row(
        string Id, string TitleDa, string TitleEn, string Topic, string StartDate, string EndDate, string Responsible, string Note, bool Remove)
    {
        public static Row Empty { get; } = new("", "", "", "0", "", "", "", "", false);

        public bool IsEmpty => new[] { TitleDa, TitleEn, StartDate, EndDate, Responsible, Note }.All(string.IsNullOrWhiteSpace);
    }
}
