using Caseload.Domain.Outreach;

namespace Caseload.Application.Outreach;

/// <summary>The "Outreach" section. The screening form leaves the target groups' age bands blank, so each
/// municipality sets them; the defaults are placeholders (A: young adults 18–29, B: 30 and older).</summary>
public sealed class OutreachOptions
{
    public const string Section = "Outreach";

    public AgeBandOptions TargetGroupA { get; set; } = new() { MinAge = 18, MaxAge = 29 };
    public AgeBandOptions TargetGroupB { get; set; } = new() { MinAge = 30 };

    public AgeBand BandA => TargetGroupA.ToBand();
    public AgeBand BandB => TargetGroupB.ToBand();

    public sealed class AgeBandOptions
    {
        public int MinAge { get; set; }
        public int? MaxAge { get; set; }

        public AgeBand ToBand() => new(MinAge, MaxAge);
    }
}
