using Microsoft.AspNetCore.Components;
using Platform.Sdk.Web.Forms;

namespace Platform.Host.Web.Pages.Municipalities;

/// <summary>One change of a municipality's settings from a form: made, then back to the settings page saying what was done (Post/Redirect/Get).</summary>
internal static class SettingsChanges
{
    /// <summary>Makes the change; on success sends the browser to the settings page with <paramref name="done"/>, else returns the form's problems.</summary>
    public static async Task<FormProblems> SubmitAsync(NavigationManager navigation, string code, string done, Func<Task> change)
    {
        var problems = await FormProblems.TryAsync(change);
        if (!problems.Any)
        {
            navigation.NavigateTo($"/municipalities/{code}?done={done}");
        }

        return problems;
    }
}
