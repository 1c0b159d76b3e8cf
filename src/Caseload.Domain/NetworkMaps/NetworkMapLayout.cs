namespace Caseload.Domain.NetworkMaps;

/// <summary>A person's place in the picture: inside their category's sector, on their closeness ring. Neighbours on one
/// ring take turns to have their label below and above the dot, so close labels do not overlap.</summary>
public sealed record PlacedPerson(NetworkPerson Person, double X, double Y, int Sector, double Radius, bool LabelAbove);

/// <summary>
/// The picture's geometry (domain.md §4): the citizen in the centre, one sector per category (clockwise from the top),
/// three rings for closeness. Persons of one sector and ring are spread evenly across the sector's angle, so labels
/// do not sit on each other. Pure arithmetic, so the placement is tested without drawing.
/// </summary>
public static class NetworkMapLayout
{
    /// <summary>Wider than high: room left and right of the outer ring for the category names ("Socialforvaltning").</summary>
    public const double Width = 1000;
    public const double Height = 720;
    public const double CentreX = Width / 2;
    public const double CentreY = Height / 2;
    public static readonly IReadOnlyList<double> RingRadii = [105, 185, 265];
    public static int SectorCount => Enum.GetValues<NetworkCategory>().Length;
    public static double SectorDegrees => 360.0 / SectorCount;

    public static double RadiusOf(Closeness closeness) => RingRadii[(int)closeness];

    /// <summary>Where a category's name stands: outside the outer ring, at the sector's middle, anchored away from the centre.</summary>
    public static (double X, double Y, string Anchor) CategoryLabel(NetworkCategory category)
    {
        var (from, to) = SectorAngles(category);
        var (x, y) = Point((from + to) / 2, RingRadii[^1] + 45);
        var anchor = x < CentreX - 40 ? "end" : x > CentreX + 40 ? "start" : "middle";
        return (x, y + 5, anchor);
    }

    /// <summary>The sector's start and end angle in degrees, clockwise from straight up.</summary>
    public static (double From, double To) SectorAngles(NetworkCategory category)
        => ((int)category * SectorDegrees, ((int)category + 1) * SectorDegrees);

    public static IReadOnlyList<PlacedPerson> Place(IEnumerable<NetworkPerson> persons)
    {
        var placed = new List<PlacedPerson>();
        foreach (var group in persons.GroupBy(p => (p.Category, p.Closeness)))
        {
            var (from, to) = SectorAngles(group.Key.Category);
            var members = group.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                var angle = from + ((to - from) * (i + 1) / (members.Count + 1));
                var (x, y) = Point(angle, RadiusOf(group.Key.Closeness));
                placed.Add(new PlacedPerson(members[i], x, y, (int)group.Key.Category, RadiusOf(group.Key.Closeness), LabelAbove: i % 2 == 1));
            }
        }
        return placed;
    }

    /// <summary>A point at an angle (degrees clockwise from up) and distance from the centre.</summary>
    public static (double X, double Y) Point(double degrees, double radius)
    {
        var rad = degrees * Math.PI / 180;
        return (CentreX + (radius * Math.Sin(rad)), CentreY - (radius * Math.Cos(rad)));
    }

    /// <summary>Initials for the pseudonym view ("Anne Marie Holm" → "A.M.H.", "Mads (efternavn ukendt)" → "M.").</summary>
    public static string Initials(string name) => Common.NameInitials.Dotted(name);
}
