namespace Platform.Reporting.Web.Plan;

/// <summary>The plan pages' addresses.</summary>
internal static class PlanAddresses
{
    public static string Partnership(string partnershipId) => $"/m/reporting/partnership/{Uri.EscapeDataString(partnershipId)}/plan";

    public static string EditWorkstreams(string partnershipId) => $"{Partnership(partnershipId)}/edit";

    public static string Municipality(string municipalityCode) => $"/m/reporting/{Uri.EscapeDataString(municipalityCode)}/plan";
}
