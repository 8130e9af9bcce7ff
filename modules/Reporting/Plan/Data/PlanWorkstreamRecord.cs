using Platform.Sdk.Tenancy;

namespace Platform.Reporting.Plan.Data;

/// <summary>One workstream of a partnership's plan, in both languages, with its dates, who is responsible and a note.</summary>
internal sealed class PlanWorkstreamRecord : ISharedWithMembers
{
    public Guid Id { get; set; }

    public string PartnershipId { get; set; } = "";

    public int Position { get; set; }

    public string TitleDa { get; set; } = "";

    public string TitleEn { get; set; } = "";

    /// <summary>A <c>WorkstreamTopic</c>: which report figures show it.</summary>
    public int Topic { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string Responsible { get; set; } = "";

    public string Note { get; set; } = "";
}
