using Platform.Sdk.Web;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Web.Initiatives;

/// <summary>An initiative's dates written out: "1. marts 2026 – 30. juni 2026", either date alone, or nothing.</summary>
internal static class InitiativePeriod
{
    public static string Of(InitiativeFields fields) =>
        (Written(fields.StartDate), Written(fields.EndDate)) switch
        {
            ({ } start, { } end) => $"{start} – {end}",
            ({ } start, null) => start + " –",
            (null, { } end) => "– " + end,
            _ => "",
        };

    private static string? Written(Google.Type.Date? date) =>
        date is { Year: > 0 } d ? DanishFormats.Date(new DateOnly(d.Year, d.Month, d.Day)) : null;
}
