namespace Platform.Sdk.Disclosure;

/// <summary>What a published count shows: nothing counted, fewer than the threshold, or a (perturbed) number.</summary>
public enum PublishedKind
{
    /// <summary>No record at all: a true zero.</summary>
    Zero,

    /// <summary>The perturbed count is below <see cref="DisclosureControl.Threshold"/>: shown as "færre end 5".</summary>
    Band,

    /// <summary>A perturbed count of at least <see cref="DisclosureControl.Threshold"/>.</summary>
    Value,
}

/// <summary>A count of people as it may be published. <see cref="Value"/> is 0 unless <see cref="Kind"/> is <see cref="PublishedKind.Value"/>.</summary>
public readonly record struct PublishedCount(PublishedKind Kind, int Value)
{
    public static PublishedCount Zero => new(PublishedKind.Zero, 0);

    public static PublishedCount Band => new(PublishedKind.Band, 0);

    public bool IsBand => Kind == PublishedKind.Band;

    /// <summary>The number shown, or null for a band.</summary>
    public int? Number => Kind == PublishedKind.Band ? null : Value;
}
