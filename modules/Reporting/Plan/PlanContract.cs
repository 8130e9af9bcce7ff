using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Reporting.V1;
using Platform.Reporting.Plan.Data;

namespace Platform.Reporting.Plan;

/// <summary>The plan's rows as the contract's messages.</summary>
internal static class PlanContract
{
    public const string DateFormat = "yyyy-MM-dd";

    public static Workstream ToContract(PlanWorkstreamRecord workstream, IEnumerable<MemberState> states) => new()
    {
        Id = workstream.Id.ToString(),
        TitleDa = workstream.TitleDa,
        TitleEn = workstream.TitleEn,
        Topic = (WorkstreamTopic)workstream.Topic,
        StartDate = DateText(workstream.StartDate),
        EndDate = DateText(workstream.EndDate),
        Responsible = workstream.Responsible,
        Note = workstream.Note,
        States = { states },
    };

    public static MemberState ToContract(PlanMemberStateRecord state) => new()
    {
        WorkstreamId = state.WorkstreamId.ToString(),
        MunicipalityCode = state.MunicipalityCode,
        State = (WorkstreamState)state.State,
        Note = state.Note,
        Version = state.Version,
        UpdatedAt = Timestamp.FromDateTimeOffset(state.UpdatedAt),
    };

    /// <summary>A member that set no state yet: planned, version 0.</summary>
    public static MemberState Unset(Guid workstreamId, string code) => new()
    {
        WorkstreamId = workstreamId.ToString(), MunicipalityCode = code, State = WorkstreamState.Planned,
    };

    public static QuarterlyNote ToContract(PlanQuarterNoteRecord note) => new()
    {
        MunicipalityCode = note.MunicipalityCode,
        Period = new Quarter { Year = note.Year, Quarter_ = note.Quarter },
        Text = note.Text,
        Version = note.Version,
        UpdatedAt = Timestamp.FromDateTimeOffset(note.UpdatedAt),
    };

    private static string DateText(DateOnly? date) =>
        date?.ToString(DateFormat, System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
