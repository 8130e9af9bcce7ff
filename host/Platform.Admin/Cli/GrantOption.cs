using System.CommandLine;
using System.CommandLine.Parsing;
using Platform.Identity;

namespace Platform.Admin.Cli;

/// <summary>The repeatable <c>--grant</c> option of the token and user commands, parsed into role grants.</summary>
internal static class GrantOption
{
    public const string Forms = "admin, staff@partnership:ID, coordinator@municipality:CODE, member@municipality:CODE, " +
        "viewer@municipality:CODE or viewer@partnership:ID";

    public static Option<RoleGrant[]> Create(string description, bool required) => new("--grant")
    {
        Description = description,
        HelpName = "grant",
        Required = required,
        CustomParser = Parse,
    };

    private static RoleGrant[]? Parse(ArgumentResult result)
    {
        var parsed = new List<RoleGrant>();
        foreach (var token in result.Tokens)
        {
            if (!RoleGrant.TryParse(token.Value, out var grant))
            {
                result.AddError($"--grant '{token.Value}' is not a grant. Use {Forms}.");
                return null;
            }

            parsed.Add(grant);
        }

        return [.. parsed];
    }
}
