using Platform.Sdk.Errors;

namespace Platform.Sdk.Web.Forms;

/// <summary>
/// What went wrong with a form the person sent: the invalid fields, as the application class found them, or one
/// message that is not about a field (the record exists already, someone else saved first, the module is off).
/// Refusals are not problems of the form: <see cref="PermissionDeniedException"/> and <see cref="NotFoundException"/>
/// pass through, and the host answers them with its 403 and 404 pages.
/// </summary>
public sealed class FormProblems
{
    private FormProblems(IReadOnlyList<FieldViolation> violations, GeneralProblem? general) => (Violations, General) = (violations, general);

    public static FormProblems None { get; } = new([], null);

    public IReadOnlyList<FieldViolation> Violations { get; }

    /// <summary>What went wrong that is not about one field, or null; the error summary says it in words.</summary>
    public GeneralProblem? General { get; }

    public bool Any => Violations.Count > 0 || General is not null;

    /// <summary>The first violation of the field, or null.</summary>
    public FieldViolation? For(string field) => Violations.FirstOrDefault(violation => violation.Field == field);

    /// <summary>Runs the form's action and returns what went wrong with it, or <see cref="None"/>.</summary>
    public static async Task<FormProblems> TryAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            await action();
            return None;
        }
        catch (InvalidInputException invalid)
        {
            return new FormProblems(invalid.Violations, null);
        }
        catch (AlreadyExistsException)
        {
            return new FormProblems([], GeneralProblem.AlreadyExists);
        }
        catch (ConcurrencyConflictException)
        {
            return new FormProblems([], GeneralProblem.ConcurrencyConflict);
        }
        catch (PreconditionFailedException)
        {
            return new FormProblems([], GeneralProblem.PreconditionFailed);
        }
    }
}

/// <summary>A problem of a whole form rather than of one field.</summary>
public enum GeneralProblem
{
    /// <summary>What the form would create exists already.</summary>
    AlreadyExists,

    /// <summary>Someone else saved the same record after the form was opened.</summary>
    ConcurrencyConflict,

    /// <summary>The module is switched off, or the record is in a state that does not allow it.</summary>
    PreconditionFailed,
}
