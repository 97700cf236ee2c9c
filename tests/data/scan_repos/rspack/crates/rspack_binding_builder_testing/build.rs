fn main() {
  rspack_binding_build::setup();
}
