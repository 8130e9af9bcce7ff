namespace Platform.Sdk.PersonalData;

/// <summary>Finds, exports and erases a module's personal data about one person (GDPR articles 15 and 17).</summary>
public interface IPersonalDataHandler
{
    Task<IReadOnlyList<PersonalDataRecord>> ExportAsync(PersonReference person, CancellationToken cancellationToken);

    /// <summary>Erases or anonymises the person's data and returns how many records were touched.</summary>
    Task<int> EraseAsync(PersonReference person, CancellationToken cancellationToken);
}
