namespace Caseload.Domain.Citizens;

/// <summary>Where the citizen is staying now.</summary>
public enum Whereabouts
{
    Unknown,
    OwnHome,
    Shelter,
    WomensCrisisCentre,
    Hospital,
    Prison,
    Institution,
    WithRelativesOrFriends,
    Street,
}

public static class WhereaboutsNames
{
    public static string Danish(this Whereabouts w) => w switch
    {
        Whereabouts.Unknown => "Ukendt",
        Whereabouts.OwnHome => "Egen bolig",
        Whereabouts.Shelter => "Herberg/forsorgshjem",
        Whereabouts.WomensCrisisCentre => "Kvindekrisecenter",
        Whereabouts.Hospital => "Hospital",
        Whereabouts.Prison => "Fængsel",
        Whereabouts.Institution => "Botilbud/institution",
        Whereabouts.WithRelativesOrFriends => "Hos familie eller venner",
        Whereabouts.Street => "Gaden",
        _ => w.ToString(),
    };
}
