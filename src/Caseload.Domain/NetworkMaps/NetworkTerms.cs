namespace Caseload.Domain.NetworkMaps;

/// <summary>The network map's categories (domain.md §4), in the order the form and the picture show them.</summary>
public enum NetworkCategory
{
    PrivateNetwork,
    Employment,
    Education,
    Housing,
    EverydayLife,
    Health,
    SocialAdministration,
    Probation,
    Interpreters,
}

/// <summary>How close the person is to the citizen: the ring the picture draws them on.</summary>
public enum Closeness
{
    Close,
    Middle,
    Distant,
}

public static class NetworkTermNames
{
    public static string Danish(this NetworkCategory category) => category switch
    {
        NetworkCategory.PrivateNetwork => "Privat netværk",
        NetworkCategory.Employment => "Beskæftigelse",
        NetworkCategory.Education => "Uddannelse",
        NetworkCategory.Housing => "Bolig",
        NetworkCategory.EverydayLife => "Hverdagsliv i hjemmet",
        NetworkCategory.Health => "Sundhed og behandling",
        NetworkCategory.SocialAdministration => "Socialforvaltning",
        NetworkCategory.Probation => "Kriminalforsorgen",
        _ => "Tolke",
    };

    /// <summary>Examples shown under each category, from the FS template.</summary>
    public static string Examples(this NetworkCategory category) => category switch
    {
        NetworkCategory.PrivateNetwork => "partner, børn, forældre, søskende, naboer, venner, værested",
        NetworkCategory.Employment => "arbejdsgiver, jobcenter, a-kasse, praktik",
        NetworkCategory.Education => "skole, uddannelsessted, vejleder",
        NetworkCategory.Housing => "boligselskab, boligsocial medarbejder, vicevært",
        NetworkCategory.EverydayLife => "hjemmehjælp, SKP, familiebehandler",
        NetworkCategory.Health => "egen læge (påkrævet), speciallæger, distriktspsykiatri",
        NetworkCategory.SocialAdministration => "ydelseskontor, borgerservice",
        NetworkCategory.Probation => "kriminalforsorgen, tilsynsførende",
        _ => "tolk (sprog)",
    };

    public static string Danish(this Closeness closeness) => closeness switch
    {
        Closeness.Close => "Tæt på",
        Closeness.Middle => "Midt imellem",
        _ => "Længere væk",
    };
}
