using Platform.Contracts.Events.V1;

namespace Platform.Events.SignUp;

/// <summary>What a visitor typed into the sign-up form, kept to show it again beside any errors.</summary>
internal sealed record SignUpEntry(string Name, string Email, string Organisation, string Group)
{
    public static SignUpEntry Empty { get; } = new("", "", "", "");

    /// <summary>The form's value of each target group, in the order the form offers them.</summary>
    public static IReadOnlyList<(string Value, TargetGroup Group)> GroupValues { get; } =
    [
        ("children", TargetGroup.Children),
        ("parents-and-families", TargetGroup.ParentsAndFamilies),
        ("professionals", TargetGroup.Professionals),
        ("civil-society", TargetGroup.CivilSociety),
        ("private-actors", TargetGroup.PrivateActors),
    ];

    /// <summary>The chosen group; unspecified (refused by the registration desk) when none or an unknown one was sent.</summary>
    public TargetGroup ChosenGroup => GroupValues.FirstOrDefault(g => g.Value == Group).Group;

    public Participant ToParticipant() => new() { Name = Name, Email = Email, Organisation = Organisation };
}
