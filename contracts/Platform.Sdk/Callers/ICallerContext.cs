namespace Platform.Sdk.Callers;

/// <summary>
/// The caller and tenant of the current call, resolved by the host before a module's code runs.
/// Every check also honours the switch of the called module for the municipality.
/// </summary>
public interface ICallerContext
{
    Caller Caller { get; }

    /// <summary>The id of the module whose gRPC service is being called; null in the core's own services.</summary>
    string? ModuleId { get; }

    /// <summary>The caller's access to one municipality.</summary>
    Task<AccessLevel> GetAccessAsync(string municipalityCode, CancellationToken cancellationToken);

    /// <summary>
    /// Throws <see cref="Errors.InvalidInputException"/> for a malformed code, <see cref="Errors.NotFoundException"/>
    /// for a municipality not onboarded, <see cref="Errors.PermissionDeniedException"/> below
    /// <paramref name="required"/>, and <see cref="Errors.PreconditionFailedException"/> when the called module is
    /// switched off for the municipality.
    /// </summary>
    Task RequireAsync(string municipalityCode, AccessLevel required, CancellationToken cancellationToken);

    /// <summary>
    /// Checks that the caller holds a role in the partnership itself (or is an administrator), then its access to every
    /// current member of the partnership, and returns their codes. Grants that reach every member through another
    /// partnership do not count: a partnership's figures are read by its own roles only.
    /// </summary>
    Task<IReadOnlyList<string>> RequirePartnershipAsync(
        string partnershipId, AccessLevel required, CancellationToken cancellationToken);

    /// <summary>
    /// Checks the caller's role in the partnership itself (see <see cref="PartnershipAccess"/>), whatever its members'
    /// module switches. Throws <see cref="Errors.PermissionDeniedException"/> below <paramref name="required"/>, and
    /// <see cref="Errors.NotFoundException"/> to an administrator when no partnership has the id.
    /// </summary>
    Task RequirePartnershipRoleAsync(string partnershipId, PartnershipAccess required, CancellationToken cancellationToken);
}
