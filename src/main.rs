fn main() {
    portolan::start();
}
