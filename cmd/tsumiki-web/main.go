// Command tsumiki-web builds the browser version of Tsumiki as one folder of static files,
// and serves it: for a teacher's laptop on a school network, or for any static web server.
// The folder loads nothing from other sites, and after the first visit the app works with
// no network (on https:// or http://localhost, where browsers allow service workers).
//
// Usage:
//
//	tsumiki-web -out DIR                 build the site into DIR
//	tsumiki-web [-addr :8080] [-out DIR] build the site (into DIR, else a temporary folder) and serve it
//	tsumiki-web -serve-only DIR [-addr :8080]  serve a site built before
//
// Building runs the go command on the app, so it must run inside the tsumiki module:
//
//	go run ./cmd/tsumiki-web -addr :8080
//
// The site's folder holds index.html, the app (tsumiki.HASH.wasm), the Go toolchain's
// wasm_exec.js (wasm_exec.HASH.js), the service worker sw.js, manifest.webmanifest and
// icon.svg, and gzipped copies of them (NAME.gz) that servers may send to browsers that
// accept gzip. Project files put in the folder open with index.html?project=NAME.tsumiki.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	switch {
	case errors.Is(err, flag.ErrHelp):
		os.Exit(0)
	case errors.Is(err, errUsage):
		os.Exit(2)
	case err != nil:
		fmt.Fprintf(os.Stderr, "tsumiki-web: %v\n", err)
		os.Exit(1)
	}
}

// errUsage is the error of a command line that run has explained already.
var errUsage = errors.New("usage")

// run runs the command with the arguments args until it is done or ctx is cancelled.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags := flag.NewFlagSet("tsumiki-web", flag.ContinueOnError)
	flags.SetOutput(stderr)
	out := flags.String("out", "", "build the site into this folder")
	addr := flags.String("addr", ":8080", "serve the site at this address, as :8080 (all of the computer's addresses) or localhost:8080")
	serveOnly := flags.String("serve-only", "", "serve this folder, built before with -out, without building")
	flags.Usage = func() {
		fmt.Fprint(stderr, "Usage:\n"+
			"  tsumiki-web -out DIR                      build the browser version of Tsumiki into DIR\n"+
			"  tsumiki-web [-addr :8080] [-out DIR]      build it and serve it\n"+
			"  tsumiki-web -serve-only DIR [-addr :8080] serve a folder built before\n\n")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	set := make(map[string]bool)
	flags.Visit(func(f *flag.Flag) { set[f.Name] = true })
	switch {
	case flags.NArg() > 0:
		fmt.Fprintf(stderr, "tsumiki-web: unexpected argument %q\n", flags.Arg(0))
		flags.Usage()
		return errUsage
	case set["serve-only"] && set["out"]:
		fmt.Fprintln(stderr, "tsumiki-web: give -out (to build) or -serve-only (not to build), not both")
		return errUsage
	case set["serve-only"] && *serveOnly == "", set["out"] && *out == "":
		fmt.Fprintln(stderr, "tsumiki-web: the folder is missing")
		return errUsage
	}

	dir := *serveOnly
	if dir != "" {
		if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
			return fmt.Errorf("%s is not a built site (build it with -out %s): %w", dir, dir, err)
		}
	} else {
		dir = *out
		if dir == "" {
			tmp, err := os.MkdirTemp("", "tsumiki-site-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(tmp)
			dir = tmp
		}
		fmt.Fprintf(stdout, "Building the browser version of Tsumiki into %s…\n", dir)
		start := time.Now()
		if err := buildSite(ctx, dir); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "Built in %s: %s\n", time.Since(start).Round(100*time.Millisecond), describeSite(dir))
		if !set["addr"] && set["out"] {
			return nil
		}
	}
	return serve(ctx, *addr, dir, stdout)
}

// serve serves the site folder dir at the address addr until ctx is cancelled.
func serve(ctx context.Context, addr, dir string, stdout io.Writer) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serving the site: %w", err)
	}
	srv := &http.Server{
		Handler:           newHandler(dir),
		ReadHeaderTimeout: 10 * time.Second,
	}
	fmt.Fprintf(stdout, "Serving %s. Open / ひらく:\n", dir)
	for _, u := range siteURLs(addr, ln.Addr()) {
		fmt.Fprintf(stdout, "  %s\n", u)
	}
	fmt.Fprintln(stdout, "Offline use needs https:// or http://localhost; from other computers over http:// the app needs this server.")
	fmt.Fprintln(stdout, "Press Ctrl+C to stop.")

	done := make(chan error, 1)
	go func() {
		<-ctx.Done()
		shutCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		done <- srv.Shutdown(shutCtx)
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serving the site: %w", err)
	}
	return <-done
}

// siteURLs returns the URLs to open the site served at the address addr (as given on the
// command line) by the listener at the address bound: for a host of all addresses
// (":8080", "0.0.0.0:8080", "[::]:8080"), localhost and then each LAN address of this
// computer, which other computers on the network can reach.
func siteURLs(addr string, bound net.Addr) []string {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = ""
	}
	port := "80"
	if tcp, ok := bound.(*net.TCPAddr); ok {
		port = strconv.Itoa(tcp.Port)
	}
	url := func(h string) string {
		return "http://" + net.JoinHostPort(h, port) + "/"
	}
	if ip := net.ParseIP(host); host != "" && (ip == nil || !ip.IsUnspecified()) {
		return []string{url(host)}
	}
	urls := []string{url("localhost")}
	for _, ip := range lanAddrs() {
		urls = append(urls, url(ip))
	}
	return urls
}

// lanAddrs returns the IPv4 addresses by which other computers may reach this one, in order.
func lanAddrs() []string {
	ifaces, err := net.Interfaces()
	if err != nil {
		return nil
	}
	var ips []string
	for _, iface := range ifaces {
		if iface.Flags&net.FlagUp == 0 || iface.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, err := iface.Addrs()
		if err != nil {
			continue
		}
		for _, a := range addrs {
			ipnet, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			if ip := ipnet.IP.To4(); ip != nil && ip.IsGlobalUnicast() {
				ips = append(ips, ip.String())
			}
		}
	}
	slices.Sort(ips)
	return slices.Compact(ips)
}

// describeSite returns the size of the app in the site folder dir, raw and gzipped.
func describeSite(dir string) string {
	matches, _ := filepath.Glob(filepath.Join(dir, "tsumiki.*.wasm"))
	if len(matches) != 1 {
		return dir
	}
	desc := filepath.Base(matches[0])
	if info, err := os.Stat(matches[0]); err == nil {
		desc += " " + formatSize(info.Size())
	}
	if info, err := os.Stat(matches[0] + ".gz"); err == nil {
		desc += " (" + formatSize(info.Size()) + " gzipped)"
	}
	return desc
}

// formatSize returns n bytes in MB with one decimal, or in KB below a tenth of a MB.
func formatSize(n int64) string {
	if n < 100_000 {
		return strconv.FormatInt((n+999)/1000, 10) + " KB"
	}
	return strconv.FormatFloat(float64(n)/1e6, 'f', 1, 64) + " MB"
}
