namespace Platform.Events.SignUp;

/// <summary>
/// The sign-ups of one event's public page, keyed by <c>{municipality code}:{event id}</c>: one grain for the page on
/// every host, so its rate limit holds however many hosts serve it.
/// </summary>
[Alias("platform.events.sign-up-page")]
internal interface ISignUpPageGrain : IGrainWithStringKey
{
    /// <summary>Takes a slot for one sign-up; false when the page has taken its fill for the last minute.</summary>
    [Alias("take-slot")]
    Task<bool> TryTakeSlotAsync();
}
