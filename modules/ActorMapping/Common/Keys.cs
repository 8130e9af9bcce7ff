using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Common;

/// <summary>Stable lower-case keys for sectors and stages, as the network groups and indicator dimensions use them.</summary>
internal static class Keys
{
    public static string Of(Sector sector) => sector switch
    {
        Sector.Municipal => "municipal",
        Sector.CivilSociety => "civil-society",
        Sector.Private => "private",
        Sector.FamiliesAndChildren => "families-and-children",
        _ => "",
    };

    public static string Of(MobilisationStage stage) => stage switch
    {
        MobilisationStage.Identified => "identified",
        MobilisationStage.Contacted => "contacted",
        MobilisationStage.Engaged => "engaged",
        MobilisationStage.ActivePartner => "active-partner",
        MobilisationStage.Paused => "paused",
        _ => "",
    };
}
