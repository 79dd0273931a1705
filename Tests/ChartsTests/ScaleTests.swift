import Testing

@testable import Charts

@Suite struct ScaleTests {
  @Test func coversTheDataFromZeroWithNiceTicks() {
    let scale = Scale(covering: 4763.6, 22398.4)
    #expect(scale.ticks == [0, 5000, 10000, 15000, 20000, 25000])
    #expect(scale.labels(grouping: ",") == ["0", "5,000", "10,000", "15,000", "20,000", "25,000"])
    #expect(scale.labels(grouping: "") == ["0", "5000", "10000", "15000", "20000", "25000"])
  }

  @Test func prefersTheStepThatHugsTheData() {
    #expect(Scale(covering: 0, 5636.68).ticks == [0, 1000, 2000, 3000, 4000, 5000, 6000])
    #expect(Scale(covering: 0, 100).ticks == [0, 20, 40, 60, 80, 100])
  }

  @Test func takesNegativeValuesBelowZero() {
    let scale = Scale(covering: -55.18, 82.69)
    #expect(scale.ticks == [-75, -50, -25, 0, 25, 50, 75, 100])
    #expect(scale.labels(grouping: "").first == "\u{2212}75")
  }

  @Test func writesFractionalStepsWithoutNoise() {
    let scale = Scale(covering: 0, 0.87)
    #expect(scale.ticks == [0, 0.2, 0.4, 0.6, 0.8, 1])
    #expect(scale.labels(grouping: ",") == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    #expect(Scale(covering: 0, 0.3).ticks == [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3])
    #expect(Scale(covering: 0, 0.3).decimals == 2)
  }

  @Test func drawsSomethingForEmptyOrFlatData() {
    #expect(Scale(covering: 0, 0).ticks == [0, 0.2, 0.4, 0.6, 0.8, 1])
    #expect(Scale(covering: 5, 5).ticks == [0, 1, 2, 3, 4, 5])
    #expect(Scale(covering: .nan, .infinity).ticks == [0, 0.2, 0.4, 0.6, 0.8, 1])
  }

  @Test func niceStepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
    #expect(Scale.niceStep(for: 27.6) == 50)
    #expect(Scale.niceStep(for: 20) == 20)
    #expect(Scale.niceStep(for: 2.2) == 2.5)
    #expect(Scale.niceStep(for: 3) == 5)
    #expect(Scale.niceStep(for: 0.13) == 0.2)
    #expect(Scale.niceStep(for: 7000) == 10000)
  }

  @Test func mapsValuesOntoARange() {
    let scale = Scale(covering: -50, 100)
    #expect(scale.position(of: 0, from: 300, to: 0) == 200)
    #expect(scale.position(of: 100, from: 300, to: 0) == 0)
    #expect(scale.position(of: -50, from: 300, to: 0) == 300)
  }
}
