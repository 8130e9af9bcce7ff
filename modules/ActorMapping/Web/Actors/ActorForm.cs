using System.Globalization;
using Microsoft.AspNetCore.Http;
using Platform.Contracts.ActorMapping.V1;

namespace Platform.ActorMapping.Web.Actors;

/// <summary>
/// What the actor form holds, as the person typed it: read from the posted form (every value kept as text, so a
/// failed save shows it again as it was) and turned into the contract's fields for ActorBook.
/// </summary>
internal sealed class ActorForm
{
    public string Name { get; init; } = "";

    public string Sector { get; init; } = "";

    public string Category { get; init; } = "";

    public string LocalArea { get; init; } = "";

    public string Description { get; init; } = "";

    public string Influence { get; init; } = "0";

    public string Interest { get; init; } = "0";

    public IReadOnlyList<string> Arenas { get; init; } = [];

    public IReadOnlyList<string> Themes { get; init; } = [];

    public IReadOnlyList<string> AgeGroups { get; init; } = [];

    public List<ContactPerson> Contacts { get; init; } = [];

    /// <summary>The version of the actor the person edits (0 for a new actor); after a stale edit, the version saved since.</summary>
    public long Version { get; set; }

    public static ActorForm Of(Actor actor) => new()
    {
        Name = actor.Fields.Name,
        Sector = actor.Fields.Sector.ToString(),
        Category = actor.Fields.Category,
        LocalArea = actor.Fields.LocalAreaId,
        Description = actor.Fields.Description,
        Influence = actor.Fields.Influence.ToString(CultureInfo.InvariantCulture),
        Interest = actor.Fields.Interest.ToString(CultureInfo.InvariantCulture),
        Arenas = actor.Fields.Arenas,
        Themes = actor.Fields.Themes,
        AgeGroups = actor.Fields.AgeGroups,
        Contacts = [.. actor.Contacts.Select(contact => contact.Clone())],
        Version = actor.Version,
    };

    public static ActorForm Read(IFormCollection form)
    {
        var rows = int.TryParse(form["contacts"], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? Math.Clamp(count, 0, MaxContacts) : 0;
        return new ActorForm
        {
            Name = form["name"].ToString(),
            Sector = form["sector"].ToString(),
            Category = form["category"].ToString(),
            LocalArea = form["area"].ToString(),
            Description = form["description"].ToString(),
            Influence = form["influence"].ToString(),
            Interest = form["interest"].ToString(),
            Arenas = Values(form, "arena"),
            Themes = Values(form, "theme"),
            AgeGroups = Values(form, "age"),
            Contacts = [.. Enumerable.Range(0, rows).Select(i => new ContactPerson
            {
                Name = form[$"contact-{i}-name"].ToString(),
                Role = form[$"contact-{i}-role"].ToString(),
                Email = form[$"contact-{i}-email"].ToString(),
                Phone = form[$"contact-{i}-phone"].ToString(),
            })],
            Version = long.TryParse(form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0,
        };
    }

    /// <summary>At most this many contact person rows: a form that claims more is cut there.</summary>
    public const int MaxContacts = 50;

    /// <summary>
    /// The fields as ActorBook checks them. A sector, stage or score that is not one of the choices becomes the
    /// contract's "unspecified" or an out-of-range number, which ActorBook refuses, naming the field.
    /// </summary>
    public ActorFields ToFields() => new()
    {
        Name = Name.Trim(),
        Sector = Enum.TryParse<Sector>(Sector, out var sector) && Enum.IsDefined(sector) ? sector : Contracts.ActorMapping.V1.Sector.Unspecified,
        Category = Category.Trim(),
        LocalAreaId = LocalArea,
        Description = Description.Trim(),
        Influence = Score(Influence),
        Interest = Score(Interest),
        Arenas = { Arenas },
        Themes = { Themes },
        AgeGroups = { AgeGroups },
    };

    public IEnumerable<ContactPerson> ContactsToSave() => Contacts.Select(contact => new ContactPerson
    {
        Name = contact.Name.Trim(),
        Role = contact.Role.Trim(),
        Email = contact.Email.Trim(),
        Phone = contact.Phone.Trim(),
    });

    private static int Score(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var score) ? score : -1;

    private static IReadOnlyList<string> Values(IFormCollection form, string key) =>
        [.. form[key].Where(value => !string.IsNullOrEmpty(value)).Select(value => value!)];
}
