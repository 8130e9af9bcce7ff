using Microsoft.Extensions.Localization;
using Platform.Identity;
using Platform.Sdk.Directory;

namespace Platform.Host.Web.Pages.People;

/// <summary>A grant in words for the people pages: its role and the name of its municipality or partnership, never a code.</summary>
internal sealed class GrantLabels(IStringLocalizer<WebText> text, IMunicipalityDirectory directory)
{
    public async Task<string> LabelAsync(RoleGrant grant, CancellationToken cancellationToken)
    {
        var role = text["Role" + grant.Role];
        var place = grant.ScopeKind switch
        {
            GrantScopeKind.Municipality => (await directory.FindMunicipalityAsync(grant.ScopeId, cancellationToken))?.Name,
            GrantScopeKind.Partnership => (await directory.FindPartnershipAsync(grant.ScopeId, cancellationToken))?.Name,
            _ => null,
        };
        return grant.ScopeKind == GrantScopeKind.Platform ? role : $"{role} – {place ?? text["PeopleGonePlace"]}";
    }

    /// <summary>Each grant's text with its label, sorted the Danish way.</summary>
    public async Task<IReadOnlyList<(string Grant, string Label)>> LabelsAsync(IEnumerable<string> grants, CancellationToken cancellationToken)
    {
        var labelled = new List<(string Grant, string Label)>();
        foreach (var text in grants)
        {
            if (RoleGrant.TryParse(text, out var grant))
            {
                labelled.Add((text, await LabelAsync(grant, cancellationToken)));
            }
        }

        return [.. labelled.OrderBy(pair => pair.Label, DanishConventions.Sorting)];
    }
}
