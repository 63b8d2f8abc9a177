import Datasets
import Engine
import LessonKit
import Testing

@Suite struct DatasetTensorTests {
  @Test func moonsBecomeABatchOfRowsAndALabelColumn() throws {
    let moons = try makeMoons(samples: 100, noise: 0.2, seed: 1)
    let x = moons.featureTensor
    #expect(x.shape == [100, 2])
    #expect(x.scalars[0] == Float(moons.features[0]))
    #expect(moons.labelColumn.shape == [100, 1])
    #expect(moons.labelVector.scalars == moons.targets.map { Float($0) })
  }

  @Test func digitsKeepTheirImageShape() {
    #expect(loadDigits().featureTensor.shape == [1797, 8, 8, 1])
  }

  @Test func forecastingTargetsBecomeAMatrix() throws {
    let sine = try makeNoisySine(samples: 5, timesteps: 4, horizon: 2, noise: 0.1, seed: 0)
    #expect(sine.featureTensor.shape == [5, 4, 1])
    #expect(sine.targetTensor.shape == [5, 2])
  }
}
