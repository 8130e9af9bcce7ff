using Platform.Identity;

namespace Platform.Core.Tests.Identity;

public sealed class RoleGrantTests
{
    [Theory]
    [InlineData("admin")]
    [InlineData("staff@partnership:sundt-liv")]
    [InlineData("coordinator@municipality:0183")]
    [InlineData("member@municipality:0430")]
    [InlineData("viewer@municipality:0183")]
    [InlineData("viewer@partnership:sundt-liv")]
    public void A_grant_reads_back_as_it_was_written(string text)
    {
        Assert.True(RoleGrant.TryParse(text, out var grant));
        Assert.Equal(text, grant.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("root")]
    [InlineData("staff@municipality:0183")]
    [InlineData("coordinator@partnership:sundt-liv")]
    [InlineData("member@municipality:")]
    [InlineData("owner@municipality:0183")]
    public void A_grant_whose_role_and_scope_do_not_belong_together_is_refused(string text) =>
        Assert.False(RoleGrant.TryParse(text, out _));
}
