namespace Platform.Sdk.Tenancy;

/// <summary>
/// A partnership's row that its members work with, such as a survey the centre writes once and every member collects
/// answers to. Besides the partnership's own roles, a context opened for a municipality that is or was a member of the
/// partnership reads it (<see cref="TenantScope.SharedPartnershipIds"/>), so that the municipality's own rows that refer
/// to it keep their meaning after it leaves; such a context never writes it. Whether a former member may still use it
/// (a survey takes no answers from it) is the module's rule.
/// </summary>
public interface ISharedWithMembers : IPartnershipOwned;
