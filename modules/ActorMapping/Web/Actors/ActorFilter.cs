using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Platform.ActorMapping.Common;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Web.Actors;

/// <summary>
/// The actor list's filters as its address carries them (a GET form), e.g. <c>?sector=CivilSociety&amp;q=skole&amp;page=2</c>.
/// A value that is not one of the choices (an edited address) filters nothing rather than failing.
/// </summary>
internal sealed record ActorFilter(
    string Area, string Sector, string Category, string Arena, string Theme, string AgeGroup, string Stage, string Text, int Page)
{
    public const int PageSize = 50;

    public ListActorsRequest ToRequest(string municipalityCode) => new()
    {
        MunicipalityCode = municipalityCode,
        LocalAreaId = Area,
        Sector = Enum.TryParse<Sector>(Sector, out var sector) && Enum.IsDefined(sector) ? sector : Contracts.ActorMapping.V1.Sector.Unspecified,
        Category = Category.Trim(),
        Arena = Arena,
        Theme = Theme,
        AgeGroup = AgeGroup,
        Stage = Enum.TryParse<MobilisationStage>(Stage, out var stage) && Enum.IsDefined(stage) ? stage : MobilisationStage.Unspecified,
        Text = Text,
        PageSize = PageSize,
        PageToken = PageWindow.TokenAt((Math.Max(Page, 1) - 1) * PageSize),
    };

    /// <summary>The list's address with these filters, on the given page.</summary>
    public string Address(string municipalityCode, int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["area"] = Area, ["sector"] = Sector, ["category"] = Category, ["arena"] = Arena, ["theme"] = Theme,
            ["age"] = AgeGroup, ["stage"] = Stage, ["q"] = Text,
            ["page"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString(ActorAddresses.List(municipalityCode), query.Where(pair => !string.IsNullOrEmpty(pair.Value)));
    }
}
