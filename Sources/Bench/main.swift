print("the benchmark harness is not written yet")
